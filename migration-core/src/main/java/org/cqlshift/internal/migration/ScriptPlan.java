package org.cqlshift.internal.migration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import org.cqlshift.api.cql.ScriptException;
import org.cqlshift.internal.cql.BaselineScriptName;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.internal.cql.CqlSplitter;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.MigrationScript;

/**
 * A discovered script split into statements, with a checksum per statement so that a resumed script
 * can prove the statements that already ran are unchanged; or a {@link JavaMigration}, one unit without
 * statements, named by its class.
 *
 * @param javaMigration the Java migration, or null for a CQL script
 */
record ScriptPlan(MigrationScript script, List<CqlStatement> statements, List<String> statementChecksums,
                  JavaMigration javaMigration) {

    /**
     * The history's script name is the class name, and its script text the class name and description, which give
     * the derived checksum (see {@link JavaMigration#checksum()}).
     */
    static ScriptPlan of(JavaMigration migration) {
        String className = migration.getClass().getName();
        int version = migration.version();
        if (version < 1) {
            throw new ScriptException(JAVA_SOURCE + className, 0, 0, "the version of Java migration " + className
                    + " is " + version + "; versions start at 1", "Return a version of 1 or more from version().");
        }
        String description = Objects.requireNonNullElse(migration.description(), "");
        return new ScriptPlan(new MigrationScript(version, description, className, JAVA_SOURCE + className,
                className + System.lineSeparator() + description), List.of(), List.of(), migration);
    }

    /** How a Java migration is named in messages, where a script's source is its path. */
    static final String JAVA_SOURCE = "Java migration ";

    MigrationType type() {
        return javaMigration == null ? MigrationType.CQL : MigrationType.JAVA;
    }

    static ScriptPlan of(MigrationScript script) {
        List<CqlStatement> statements = List.copyOf(CqlSplitter.split(script.source(), script.content()));
        if (statements.isEmpty()) {
            // Most likely a file saved before its content was written; applying it would record it as done.
            throw new ScriptException(script.source(), 0, 0, "the script has no statement",
                    "Write the script's statements, or remove the file until they are ready.");
        }
        return new ScriptPlan(script, statements,
                statements.stream().map(statement -> checksum(statement.text())).toList(), null);
    }

    int version() {
        return Math.toIntExact(script.version());
    }

    String fileName() {
        return script.fileName();
    }

    /** Whether this is a baseline script, {@code B<version>__<description>.cql}, rather than a versioned one. */
    boolean isBaselineScript() {
        return BaselineScriptName.matches(fileName());
    }

    String checksum() {
        if (javaMigration != null) {
            return javaMigration.checksum().orElse(script.checksum());
        }
        return String.valueOf(script.checksum());
    }

    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
