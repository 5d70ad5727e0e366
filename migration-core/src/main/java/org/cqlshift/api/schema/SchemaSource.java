package org.cqlshift.api.schema;

import java.util.Locale;

/** Where {@code schema} reads the schema it writes. */
public enum SchemaSource {
    /** The live keyspace of the configured cluster. */
    LIVE,
    /** The schema every script builds, replayed on a throw-away node; no cluster is needed. */
    SCRIPTS;

    /** As written in settings: {@code live} or {@code scripts}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
