package org.cqlshift.api.schema;

/** The kinds of schema object a {@link Difference} can be about. */
public enum SchemaObject {
    KEYSPACE("keyspace"),
    /** A keyspace's or a table's option, such as {@code replication} or {@code gc_grace_seconds}. */
    OPTION("option"),
    TABLE("table"),
    COLUMN("column"),
    /** A column the server remembers as dropped, which decides what type it can be added again with. */
    DROPPED_COLUMN("dropped column"),
    INDEX("index"),
    TRIGGER("trigger"),
    TYPE("type"),
    /** A field of a user-defined type. */
    FIELD("field"),
    FUNCTION("function"),
    AGGREGATE("aggregate"),
    VIEW("materialized view");

    private final String label;

    SchemaObject(String label) {
        this.label = label;
    }

    /** The lower-case words for it, as the text and JSON outputs write it. */
    public String label() {
        return label;
    }
}
