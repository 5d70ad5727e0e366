package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.cqlshift.api.export.ExportResult;
import org.junit.jupiter.api.Test;

class ConsoleExportProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalRedrawsTheLineInPlaceAndClearsItAtTheEnd() {
        ConsoleExportProgress progress = new ConsoleExportProgress(out, true);
        progress.progress("app.employee", 450_000, Duration.ofSeconds(9));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rapp.employee: exported 450000 rows, 50000 rows/s");

        progress.finished(new ExportResult("app.employee", Path.of("e.csv"), 450_000, Duration.ofSeconds(9)));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r").doesNotContain("\n");
    }

    @Test
    void inALogDrawsNothingInPlace() {
        ConsoleExportProgress progress = new ConsoleExportProgress(out, false);
        progress.progress("app.employee", 10, Duration.ofSeconds(1));
        progress.finished(new ExportResult("app.employee", Path.of("e.csv"), 10, Duration.ofSeconds(1)));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }
}
