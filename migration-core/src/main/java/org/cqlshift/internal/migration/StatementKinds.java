package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqlshift.internal.session.Keyspaces;

/** Recognises the statements the engine treats specially, looking past leading comments. */
final class StatementKinds {

    private static final String LEADING_COMMENTS = "(?:\\s+|--[^\\n]*(?:\\n|$)|//[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*";
    private static final Pattern CREATE_KEYSPACE = Pattern.compile(
            "(?is)" + LEADING_COMMENTS + "CREATE\\s+KEYSPACE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|\\w+)");
    private static final Pattern SCHEMA_CHANGE = Pattern.compile(
            "(?is)" + LEADING_COMMENTS + "(?:CREATE|ALTER|DROP)\\b");

    private static final Pattern DROP = Pattern.compile(
            "(?is)" + LEADING_COMMENTS + "(?:DROP\\b|ALTER\\s+\\S+\\s+.*?\\bDROP\\b)");

    private StatementKinds() {
    }

    /** Whether the statement creates the given keyspace (named as CQL would read it, quoted or not). */
    static boolean createsKeyspace(String cql, String keyspace) {
        Matcher matcher = CREATE_KEYSPACE.matcher(cql);
        if (!matcher.lookingAt()) {
            return false;
        }
        String name = matcher.group(1);
        if (name.startsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"").equals(Keyspaces.internalName(keyspace));
        }
        return name.equalsIgnoreCase(keyspace);
    }

    /**
     * Whether the server's refusal says that the statement's effect is already there: what it creates exists
     * ("already exists", "conflicts with an existing column"), or, for a drop, what it drops is gone.
     */
    static boolean alreadyApplied(String cql, DriverException refusal) {
        if (refusal instanceof AlreadyExistsException) {
            return true;
        }
        if (!(refusal instanceof QueryValidationException)) {
            return false;
        }
        String message = String.valueOf(refusal.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("already exists") || message.contains("conflicts with an existing column")) {
            return true;
        }
        return DROP.matcher(cql).lookingAt() && (message.contains("doesn't exist") || message.contains("does not exist")
                || message.contains("not found") || message.contains("could not be found"));
    }

    /** Whether the statement changes the schema, after which all nodes must agree on it. */
    static boolean changesSchema(String cql) {
        return SCHEMA_CHANGE.matcher(cql).lookingAt();
    }
}
