package org.cqlshift.api.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.cqlshift.api.Failure;
import org.junit.jupiter.api.Test;

class ScriptExceptionTest {

    @Test
    void startsTheMessageWithSourceLineAndColumnLikeACompiler() {
        ScriptException error = new ScriptException("migrations/2_users.cql", 14, 7, "string 'x is never closed", "Close it.");

        assertThat(error).hasMessage("migrations/2_users.cql:14:7: string 'x is never closed");
        assertThat(error.source()).isEqualTo("migrations/2_users.cql");
        assertThat(error.line()).isEqualTo(14);
        assertThat(error.column()).isEqualTo(7);
        assertThat(error.suggestion()).hasValue("Close it.");
        assertThat(error.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(error.failure().exitCode()).isEqualTo(2);
    }

    @Test
    void leavesOutPositionsThatDoNotApply() {
        assertThat(new ScriptException("a.cql", 3, 0, "problem", null)).hasMessage("a.cql:3: problem");
        assertThat(new ScriptException("a.cql", 0, 0, "problem", null)).hasMessage("a.cql: problem")
                .satisfies(e -> assertThat(e.suggestion()).isEmpty());
    }

    @Test
    void keepsItsCause() {
        IOException cause = new IOException("disk gone");
        assertThat(new ScriptException("a.cql", 0, 0, "cannot be read", "Check it.", cause)).hasCause(cause);
    }
}
