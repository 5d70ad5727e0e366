package org.cqlshift.internal.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.internal.cql.CqlSplitter;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.migration.AppliedHistory;

/**
 * A statement to replay on a throw-away node, placeholders resolved, with where it came from for messages.
 *
 * @param source as shown to users: the script or schema file
 */
public record ReplayStatement(String source, int line, int column, String cql) {

    public ReplayStatement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cql, "cql");
    }

    /** The statements that ran, in the order they ran, with the placeholders migrate used. */
    public static List<ReplayStatement> of(List<AppliedHistory.Applied> applied, Placeholders placeholders) {
        List<ReplayStatement> statements = new ArrayList<>();
        for (AppliedHistory.Applied script : applied) {
            Placeholders forScript = placeholders.forScript(script.script());
            for (CqlStatement statement : script.statements()) {
                CqlStatement resolved = forScript.resolve(script.script().source(), statement);
                statements.add(new ReplayStatement(script.script().source(), statement.line(), statement.column(),
                        resolved.text()));
            }
        }
        return statements;
    }

    /** Every statement of the scripts, in version order: what migrate would run on an empty cluster. */
    public static List<ReplayStatement> ofScripts(List<MigrationScript> scripts, Placeholders placeholders) {
        List<ReplayStatement> statements = new ArrayList<>();
        for (MigrationScript script : scripts) {
            Placeholders forScript = placeholders.forScript(script);
            for (CqlStatement statement : CqlSplitter.split(script.source(), script.content())) {
                statements.add(new ReplayStatement(script.source(), statement.line(), statement.column(),
                        forScript.resolve(script.source(), statement).text()));
            }
        }
        return statements;
    }

    /**
     * The statements of a schema file, as written: a schema file has no placeholders.
     *
     * @throws ConfigurationException when the file cannot be read
     */
    public static List<ReplayStatement> ofFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the schema file " + file + ": " + e.getMessage(),
                    "Check the path; write the file with 'schema " + Setting.SCHEMA_OUTPUT.flag() + " " + file
                            + "' first if it does not exist.", e);
        }
        List<ReplayStatement> statements = new ArrayList<>();
        for (CqlStatement statement : CqlSplitter.split(file.toString(), text)) {
            statements.add(new ReplayStatement(file.toString(), statement.line(), statement.column(), statement.text()));
        }
        return statements;
    }
}
