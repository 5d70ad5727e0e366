package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;
import org.junit.jupiter.api.Test;

class ConsoleSeedProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalRedrawsABarInPlaceAndClearsItAtTheEnd() {
        ConsoleSeedProgress progress = new ConsoleSeedProgress(out, true);
        progress.fileStarted("employee.yaml");
        progress.progress(new SeedProgress("employee.yaml", SeedProgress.Phase.WRITING, 500_000, 1_000_000,
                Duration.ofSeconds(10)));
        String bar = bytes.toString(StandardCharsets.UTF_8);
        assertThat(bar).startsWith("\r").contains("writing").contains(" 50%").contains("500,000 rows")
                .contains("50,000 rows/s").contains("ETA 10s").doesNotContain("\n");

        progress.fileFinished(new SeededFile("employee.yaml", SeededFile.Status.LOADED, Map.of(), 0, Duration.ZERO,
                Duration.ZERO));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
    }

    @Test
    void inALogPrintsNoBar() {
        ConsoleSeedProgress progress = new ConsoleSeedProgress(out, false);
        progress.fileStarted("employee.yaml");
        progress.progress(new SeedProgress("employee.yaml", SeedProgress.Phase.CHECKING, 10, 100, Duration.ofSeconds(1)));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[");
    }

    @Test
    void aLogLineSaysRowsRateAndTimeLeft() {
        assertThat(new SeedProgress("employee.yaml", SeedProgress.Phase.CHECKING, 300_000, 1_000_000,
                Duration.ofSeconds(3)).describe())
                .isEqualTo("employee.yaml: checking 300000 of about 1000000 rows, 100000 rows/s, about 7 s left");
    }
}
