package org.cqlshift.internal.ddl;

import java.util.Locale;
import java.util.Set;

/**
 * The words of CQL's grammar, reserved or not: a word among them in a statement is most likely the keyword, not a
 * name. From Cassandra's {@code reserved_keywords.txt} (identical in 4.1, 5.0 and 6.0) and its grammar's other
 * keywords and type names.
 */
public final class CqlKeywords {

    private static final Set<String> KEYWORDS = Set.of(
            // Reserved.
            "ADD", "ALLOW", "ALTER", "AND", "APPLY", "ASC", "AUTHORIZE", "BATCH", "BEGIN", "BY", "COLUMNFAMILY",
            "CREATE", "DELETE", "DESC", "DESCRIBE", "DROP", "ENTRIES", "EXECUTE", "FROM", "FULL", "GRANT", "IF", "IN",
            "INDEX", "INFINITY", "INSERT", "INTO", "IS", "KEYSPACE", "LIMIT", "MATERIALIZED", "MODIFY", "NAN",
            "NORECURSIVE", "NOT", "NULL", "OF", "ON", "OR", "ORDER", "PRIMARY", "RENAME", "REVOKE", "SCHEMA", "SELECT",
            "SET", "TABLE", "TO", "TOKEN", "TRUNCATE", "UNLOGGED", "UPDATE", "USE", "USING", "VIEW", "WHERE", "WITH",
            // Unreserved keywords and native types.
            "AGGREGATE", "ALL", "AS", "ASCII", "BIGINT", "BLOB", "BOOLEAN", "CALLED", "CAST", "CHECK", "CLUSTERING",
            "COMMIT", "COMPACT", "CONTAINS", "COUNT", "COUNTER", "CUSTOM", "DATE", "DECIMAL", "DEFAULT", "DISTINCT",
            "DOUBLE", "DURATION", "EXISTS", "FALSE", "FILTERING", "FINALFUNC", "FLOAT", "FROZEN", "FUNCTION",
            "FUNCTIONS", "GROUP", "INET", "INITCOND", "INPUT", "INT", "JSON", "KEY", "KEYS", "KEYSPACES", "LANGUAGE",
            "LET", "LIKE", "LIST", "LOGGED", "LOGIN", "MAP", "MASKED", "NOLOGIN", "NOSUPERUSER", "OPTIONS",
            "PARTITION", "PASSWORD", "PER", "PERMISSION", "PERMISSIONS", "REPLACE", "RETURNS", "ROLE", "ROLES",
            "SFUNC", "SMALLINT", "STATIC", "STORAGE", "STYPE", "SUPERUSER", "TEXT", "THEN", "TIME", "TIMESTAMP",
            "TIMEUUID", "TINYINT", "TRANSACTION", "TRIGGER", "TRUE", "TTL", "TUPLE", "TYPE", "UNMASK", "UNSET",
            "USER", "USERS", "UUID", "VALUES", "VARCHAR", "VARINT", "VECTOR", "WRITETIME", "END", "ANN", "SELECT_MASKED");

    private CqlKeywords() {
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }
}
