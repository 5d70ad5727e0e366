package org.cqlshift.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqlshift.api.config.ConfigurationException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    @Test
    void anEngineErrorIsItsMessageAndSuggestionWithItsKindsExitCode() {
        ErrorReport report = ErrorReport.of(new ConfigurationException("Invalid cassandra.keyspace 'a b'",
                "Fix the value."));

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.lines()).containsExactly("ERROR: Invalid cassandra.keyspace 'a b'", "What to do: Fix the value.");
        assertThat(report.withKind()).startsWith("bad configuration or input (exit code 2)")
                .contains("ERROR: Invalid cassandra.keyspace 'a b'", "What to do: Fix the value.");
    }

    @Test
    void anythingElseIsAnInternalErrorWithExitCodeOne() {
        ErrorReport report = ErrorReport.of(new IllegalStateException("boom"));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.failure()).isEmpty();
        assertThat(report.lines()).containsExactly("ERROR: unexpected java.lang.IllegalStateException: boom");
        assertThat(report.withKind()).startsWith("internal error (exit code 1)");
    }

    @Test
    void theExitCodeTableListsEveryKindInOrder() {
        assertThat(ErrorReport.exitCodes()).containsExactly("0 success", "1 internal error",
                "2 bad configuration or input", "3 Cassandra unreachable", "4 migration failed", "5 seed failed",
                "6 verify failed", "7 schema differs", "8 lint found errors");
    }
}
