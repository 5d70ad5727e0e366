package org.cqlshift.internal.migration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.cqlshift.api.cql.ScriptException;
import org.cqlshift.internal.cql.BaselineScriptName;
import org.cqlshift.internal.cql.CqlSplitter;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.MigrationScript;

/**
 * A discovered script split into statements, with a checksum per statement so that a resumed script
 * can prove the statements that already ran are unchanged.
 */
record ScriptPlan(MigrationScript script, List<CqlStatement> statements, List<String> statementChecksums) {

    static ScriptPlan of(MigrationScript script) {
        List<CqlStatement> statements = List.copyOf(CqlSplitter.split(script.source(), script.content()));
        if (statements.isEmpty()) {
            // Most likely a file saved before its content was written; applying it would record it as done.
            throw new ScriptException(script.source(), 0, 0, "the script has no statement",
                    "Write the script's statements, or remove the file until they are ready.");
        }
        return new ScriptPlan(script, statements,
                statements.stream().map(statement -> checksum(statement.text())).toList());
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
        return String.valueOf(script.checksum());
    }

    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
