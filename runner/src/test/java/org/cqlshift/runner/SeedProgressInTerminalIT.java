package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed progress bar as a user sees it: the installed {@code bin/cqlshift seed} runs in a tmux window of a given
 * width, and every screen read from the window while it runs must show whole bars and whole messages only, each on
 * its own row, never more than the window is wide.
 */
@ExtendWith(CassandraExtension.class)
class SeedProgressInTerminalIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("cqlshift.distribution.archive"));
    private static final String VERSION = System.getProperty("cqlshift.distribution.version");
    private static final String TMUX_SERVER = "cqlshift-progress-" + ProcessHandle.current().pid();
    private static final int ROWS = 100_000;
    private static final Duration SEED_WITHIN = Duration.ofMinutes(5);
    /** How often the window is read while the seed runs. */
    private static final Duration READ_EVERY = Duration.ofMillis(50);
    private static final String DONE = "seed exited with ";

    /** A bar in any of its forms: narrowed, without details, without the bar itself. */
    private static final Pattern BAR = Pattern.compile("(checking|writing) +(\\[[# ]{10,30}] +)?\\d{1,3}%"
            + "( [\\d,]+ rows)?( [\\d,]+ rows/s)?( ETA (\\d+s|\\d+m\\d\\ds))?");

    /** What only a bar shows: a part of one elsewhere is a bar garbled by what was written after it. */
    private static final Pattern BAR_TEXT = Pattern.compile("ETA |\\d%|\\[[# ]");

    @TempDir
    static Path temporary;

    private static Path launcher;
    private static String contactPoint;

    @BeforeAll
    static void installAndMigrate(EmbeddedCassandra node) throws Exception {
        assumeTrue(succeeds(List.of("tmux", "-V")), "tmux is not installed");
        contactPoint = node.contactPointText();
        Path unpacked = Files.createDirectories(temporary.resolve("opt"));
        assertThat(succeeds(List.of("tar", "xzf", ARCHIVE.toString(), "-C", unpacked.toString()))).isTrue();
        launcher = unpacked.resolve("cqlshift-" + VERSION).resolve("bin/cqlshift");
        Path migrations = Files.createDirectories(temporary.resolve("migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        Files.writeString(migrations.resolve("2_create_readings.cql"), "CREATE TABLE readings (sensor int, at int,"
                + " value double, PRIMARY KEY (sensor, at));\n");
        StringBuilder csv = new StringBuilder("sensor,at,value\n");
        for (int row = 0; row < ROWS; row++) {
            csv.append(row % 500).append(',').append(row).append(',').append(row * 0.5).append('\n');
        }
        Files.writeString(Files.createDirectories(temporary.resolve("seeds")).resolve("readings.csv"), csv);
        assertThat(succeeds(List.of(launcher.toString(), "migrate", "--contact-points", contactPoint,
                "--keyspace", "progress", "--migrations", migrations.toString()))).isTrue();
    }

    @AfterAll
    static void stopTmux() throws Exception {
        succeeds(List.of("tmux", "-L", TMUX_SERVER, "kill-server"));
    }

    @Test
    void aWideTerminalShowsWholeBarsAndEachMessageOnItsOwnRow() throws Exception {
        List<List<String>> screens = seedInTerminal(120);

        assertClean(screens, 120);
    }

    @Test
    void aNarrowTerminalGetsBarsThatFit() throws Exception {
        List<List<String>> screens = seedInTerminal(40);

        assertClean(screens, 40);
    }

    private static void assertClean(List<List<String>> screens, int columns) {
        List<String> last = screens.get(screens.size() - 1);
        assertThat(last).as("the last screen").anySatisfy(row -> assertThat(row).startsWith(DONE + "0"));
        assertThat(last).as("the last screen").anySatisfy(row -> assertThat(row)
                .startsWith("Loaded readings.csv: " + ROWS + " rows"));
        assertThat(screens).as("screens showing a bar")
                .anySatisfy(screen -> assertThat(screen).anyMatch(row -> BAR.matcher(row).matches()));
        for (List<String> screen : screens) {
            for (String row : screen) {
                String seen = String.join("\n", screen);
                if (row.startsWith("checking") || row.startsWith("writing")) {
                    assertThat(row).as("a bar row, on the screen%n%s", seen).matches(BAR).hasSizeLessThan(columns);
                } else if (row.contains("Loaded ")) {
                    assertThat(row).as("a message row, on the screen%n%s", seen).startsWith("Loaded ");
                }
                if (BAR_TEXT.matcher(row).find()) {
                    assertThat(row).as("a row with bar text, on the screen%n%s", seen).matches(BAR);
                }
            }
        }
    }

    /** Every distinct screen read while {@code seed --seed-force} ran in a window {@code columns} wide, in order. */
    private static List<List<String>> seedInTerminal(int columns) throws Exception {
        String session = "seed-" + columns;
        String command = launcher + " seed --seed-force --contact-points " + contactPoint + " --keyspace progress"
                + " --seeds " + temporary.resolve("seeds") + "; echo \"" + DONE + "$?\"; read ignored";
        assertThat(succeeds(List.of("tmux", "-L", TMUX_SERVER, "-f", "/dev/null", "new-session", "-d", "-s", session,
                "-x", String.valueOf(columns), "-y", "30", command))).isTrue();
        Set<List<String>> screens = new LinkedHashSet<>();
        long deadline = System.nanoTime() + SEED_WITHIN.toNanos();
        List<String> screen = List.of();
        while (screen.stream().noneMatch(row -> row.startsWith(DONE)) && System.nanoTime() < deadline) {
            screen = capture(session);
            screens.add(screen);
            TimeUnit.MILLISECONDS.sleep(READ_EVERY.toMillis());
        }
        succeeds(List.of("tmux", "-L", TMUX_SERVER, "kill-session", "-t", session));
        assertThat(screen).as("the window after %s", SEED_WITHIN).anyMatch(row -> row.startsWith(DONE));
        return new ArrayList<>(screens);
    }

    private static List<String> capture(String session) throws IOException, InterruptedException {
        // -J: a row the terminal wrapped comes back whole, so a bar too wide for the window shows as too long.
        Process capture = new ProcessBuilder("tmux", "-L", TMUX_SERVER, "capture-pane", "-p", "-J", "-t", session)
                .redirectErrorStream(true).start();
        String text = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        capture.waitFor(10, TimeUnit.SECONDS);
        return text.lines().map(String::stripTrailing).filter(row -> !row.isEmpty()).toList();
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
