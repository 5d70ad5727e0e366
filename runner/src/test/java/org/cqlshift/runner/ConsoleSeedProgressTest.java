package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;
import org.junit.jupiter.api.Test;

/** The bar's text and the order of what is written; SeedProgressInTerminalIT looks at it in a real terminal. */
class ConsoleSeedProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static SeedProgress writing(long done, OptionalDouble rate) {
        return new SeedProgress("employee.yaml", SeedProgress.Phase.WRITING, done, 1_000_000, Duration.ofSeconds(10),
                rate);
    }

    @Test
    void aBarWithItsRateAndTimeLeftOnceTheRateIsKnown() {
        assertThat(ConsoleSeedProgress.bar(writing(500_000, OptionalDouble.of(50_000)), 119))
                .isEqualTo("writing  [###############               ]  50% 500,000 rows 50,000 rows/s ETA 10s");
        assertThat(ConsoleSeedProgress.bar(writing(121, OptionalDouble.empty()), 119))
                .isEqualTo("writing  [                              ]   0% 121 rows");
    }

    @Test
    void aNarrowTerminalGetsANarrowerBarThenFewerDetails() {
        SeedProgress progress = writing(500_000, OptionalDouble.of(2_000));
        for (int room = 0; room < 120; room++) {
            assertThat(ConsoleSeedProgress.bar(progress, room)).hasSizeLessThanOrEqualTo(room);
        }
        assertThat(ConsoleSeedProgress.bar(progress, 59))
                .isEqualTo("writing  [##########          ]  50% 500,000 rows ETA 4m10s");
        assertThat(ConsoleSeedProgress.bar(progress, 39)).isEqualTo("writing  [#######      ]  50% ETA 4m10s");
        assertThat(ConsoleSeedProgress.bar(progress, 25)).isEqualTo("writing 50% ETA 4m10s");
        assertThat(ConsoleSeedProgress.bar(progress, 12)).isEqualTo("writing 50%");
    }

    @Test
    void aMessageErasesTheBarAndAFinishedFileLeavesNoBar() {
        List<String> messages = new ArrayList<>();
        ConsoleSeedProgress progress = new ConsoleSeedProgress(out, true, () -> 120);
        Reporter reporter = progress.around(new Reporter() {
            @Override
            public void info(String message) {
                messages.add(bytes.toString(StandardCharsets.UTF_8));
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
            }
        });
        progress.fileStarted("employee.yaml");
        progress.progress(writing(500_000, OptionalDouble.of(50_000)));
        progress.progress(writing(600_000, OptionalDouble.empty()));

        reporter.info("Loaded employee.yaml");
        String first = "writing  [###############               ]  50% 500,000 rows 50,000 rows/s ETA 10s";
        String shorter = "writing  [##################            ]  60% 600,000 rows";
        assertThat(messages).containsExactly("\r" + first + "\r" + shorter + " ".repeat(first.length() - shorter.length())
                + "\r" + " ".repeat(shorter.length()) + "\r");

        progress.progress(writing(1_000_000, OptionalDouble.of(60_000)));
        progress.fileFinished(new SeededFile("employee.yaml", SeededFile.Status.LOADED, Map.of(), 0, Duration.ZERO,
                Duration.ZERO));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("\r");
    }

    @Test
    void inALogPrintsNoBar() {
        ConsoleSeedProgress progress = new ConsoleSeedProgress(out, false, () -> 120);
        progress.fileStarted("employee.yaml");
        progress.progress(writing(10, OptionalDouble.empty()));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("[");
    }

    @Test
    void aLogLineSaysRowsRateAndTimeLeftOnceTheRateIsKnown() {
        assertThat(new SeedProgress("employee.yaml", SeedProgress.Phase.CHECKING, 300_000, 1_000_000,
                Duration.ofSeconds(3), OptionalDouble.of(100_000)).describe())
                .isEqualTo("employee.yaml: checking 300000 of about 1000000 rows, 100000 rows/s, about 7 s left");
        assertThat(writing(121, OptionalDouble.empty()).describe()).isEqualTo("employee.yaml: writing 121 of 1000000 rows");
    }
}
