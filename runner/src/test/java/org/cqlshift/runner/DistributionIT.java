package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a user gets it: unpacked into a temporary directory, its {@code bin/cqlshift}
 * run from another working directory, through a symbolic link on the PATH. The archive and the version
 * come from the build (failsafe, after {@code package}).
 */
@ExtendWith(CassandraExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final Path ARCHIVE = Path.of(System.getProperty("cqlshift.distribution.archive"));
    private static final String VERSION = System.getProperty("cqlshift.distribution.version");
    private static final String INSTALLATION_KEYSPACE = "from_installation";

    @TempDir
    static Path temporary;

    private static Path installation;
    private static Path pathDirectory;
    private static Path workingDirectory;

    @BeforeAll
    static void unpackAndLinkOnThePath() throws Exception {
        Path unpacked = Files.createDirectories(temporary.resolve("opt"));
        Result tar = run(List.of("tar", "xzf", ARCHIVE.toString(), "-C", unpacked.toString()), unpacked, Map.of());
        assertThat(tar.exitCode).as(tar.output).isZero();
        installation = unpacked.resolve("cqlshift-" + VERSION);
        // The installation's configuration ranks below the environment: the tests that set CASSANDRA_KEYSPACE win.
        Files.writeString(installation.resolve(Installation.CONFIGURATION),
                "cassandra.keyspace=" + INSTALLATION_KEYSPACE + "\n", StandardOpenOption.APPEND);
        pathDirectory = Files.createDirectories(temporary.resolve("bin-on-path"));
        Files.createSymbolicLink(pathDirectory.resolve("cqlshift"), installation.resolve("bin/cqlshift"));
        workingDirectory = Files.createDirectories(temporary.resolve("work"));
    }

    @AfterAll
    static void stopWhatTheTestsStarted() {
        // A node that a failed --embedded run left behind is found by its directory, under this test's.
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(temporary.toString()))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    @Order(1)
    void versionThroughASymbolicLinkOnThePath() throws Exception {
        Result version = cqlshift(Map.of(), "--version");

        assertThat(version.exitCode).as(version.output).isZero();
        assertThat(version.output).contains("cqlshift " + VERSION);
    }

    @Test
    @Order(2)
    void badOptionExits2WithTheInstalledName() throws Exception {
        Result bad = cqlshift(Map.of(), "migrate", "--no-such-option");

        assertThat(bad.exitCode).as(bad.output).isEqualTo(2);
        assertThat(bad.output).contains("Unknown option: '--no-such-option'", "Usage: cqlshift migrate");
    }

    @Test
    @Order(3)
    void missingJavaIsNamed() throws Exception {
        Result badJavaHome = cqlshift(Map.of("JAVA_HOME", temporary.resolve("no-java").toString()), "--version");
        assertThat(badJavaHome.exitCode).isEqualTo(1);
        assertThat(badJavaHome.output).contains("JAVA_HOME is", "which has no bin/java", "Java 17 or newer");

        Path emptyPath = Files.createDirectories(temporary.resolve("path-without-java"));
        Result noJava = run(List.of(installation.resolve("bin/cqlshift").toString(), "--version"), workingDirectory,
                Map.of("PATH", emptyPath.toString(), "JAVA_HOME", ""));
        assertThat(noJava.exitCode).isEqualTo(1);
        assertThat(noJava.output).contains("no Java found", "Java 17 or newer");
    }

    @Test
    @Order(3)
    void javaOlderThan17IsNamed() throws Exception {
        Path oldJava = Files.createDirectories(temporary.resolve("java-11/bin"));
        Files.writeString(oldJava.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Files.writeString(oldJava.resolve("java"), "#!/bin/sh\nexit 0\n");
        assertThat(oldJava.resolve("java").toFile().setExecutable(true)).isTrue();

        Result old = cqlshift(Map.of("JAVA_HOME", oldJava.getParent().toString()), "--version");

        assertThat(old.exitCode).isEqualTo(1);
        assertThat(old.output).contains("needs Java 17 or newer", "is version 11.0.2");
    }

    @Test
    @Order(3)
    void javaOptsReachTheJvm() throws Exception {
        Result withOptions = cqlshift(Map.of("JAVA_OPTS", "-Dunused=1 -XX:+NoSuchJvmOption"), "--version");

        assertThat(withOptions.exitCode).as(withOptions.output).isNotZero();
        assertThat(withOptions.output).contains("NoSuchJvmOption");
    }

    @Test
    @Order(3)
    void commandsThatMoveRowsGetTheC2CompilerAndTheOthersStartWithC1Alone() throws Exception {
        Map<String, String> printFlags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal");

        for (String command : List.of("seed", "export", "up")) {
            Result moving = cqlshift(printFlags, command, "--help");
            assertThat(moving.exitCode).as(moving.output).isZero();
            assertThat(moving.output).as(command).containsPattern("TieredStopAtLevel\\s+= 4\\b");
        }
        Result migrate = cqlshift(printFlags, "migrate", "--help");
        assertThat(migrate.exitCode).as(migrate.output).isZero();
        assertThat(migrate.output).containsPattern("TieredStopAtLevel\\s+= 1\\b");
        // Only the first argument that is no option and no option's value is the command.
        for (List<String> notMovingRows : List.of(List.of("info", "--keyspace", "seed", "--help"),
                List.of("migrate", "--migrations", "up", "--help"))) {
            Result other = cqlshift(printFlags, notMovingRows.toArray(String[]::new));
            assertThat(other.exitCode).as(other.output).isZero();
            assertThat(other.output).as("%s", notMovingRows).containsPattern("TieredStopAtLevel\\s+= 1\\b");
        }
        assertThat(Files.readString(installation.resolve("bin/cqlshift")))
                .contains("root_value_options=''").doesNotContain(DistributionFiles.ROOT_VALUE_OPTIONS);
        assertThat(Files.readString(installation.resolve("bin/cqlshift.cmd")))
                .contains("ROOT_VALUE_OPTIONS=\"").doesNotContain(DistributionFiles.ROOT_VALUE_OPTIONS);
        // JAVA_OPTS still win over the launcher's choice.
        Result chosen = cqlshift(Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=1"), "seed", "--help");
        assertThat(chosen.output).containsPattern("TieredStopAtLevel\\s+= 1\\b");
    }

    @Test
    @Order(4)
    void bashCompletionCompletesCommandsAndEnumValues() throws Exception {
        assertThat(complete("cqlshift", "mi")).isEqualTo("migrate");
        assertThat(complete("cqlshift", "info", "--log-format", "")).isEqualToIgnoringCase("text json");
        assertThat(complete("cqlshift", "seed", "--seed-mode", "")).isEqualTo("upsert insert-if-absent truncate");
    }

    /** The installation's conf/cqlshift.properties names the keyspace; the sample scripts and seeds come from the repository. */
    @Test
    @Order(5)
    void upEmbeddedWithTheInstallationsConfiguration() throws Exception {
        Result up = cqlshift(Map.of("CASSANDRA_MIGRATIONS", UpCommandTest.SAMPLE_MIGRATIONS.toString(),
                "CASSANDRA_SEEDS", UpCommandTest.SAMPLE_SEEDS.toString()), "up", "--embedded");

        assertThat(up.exitCode).as(up.output).isZero();
        assertThat(up.output).contains("Step 1/3: migrate", "Step 2/3: seed",
                "Verify of keyspace " + INSTALLATION_KEYSPACE + ": 2 tables, all passed");
    }

    @Test
    @Order(6)
    void sigtermDuringSeedExits143ThroughTheLauncher(EmbeddedCassandra node) throws Exception {
        SigtermDuringSeed.check(node, "launcher_sigterm", workingDirectory,
                List.of(installation.resolve("bin/cqlshift").toString(), "seed"));
    }

    /** The words bash's completion offers for the last word of the line, given the script from the archive. */
    private static String complete(String... words) throws Exception {
        String script = "source \"$1\"; shift\n"
                + "function=$(complete -p cqlshift | sed -n 's/.* -F \\([^ ]*\\) .*/\\1/p')\n"
                + "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
                + "\"$function\" 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash",
                installation.resolve("completion/cqlshift.bash").toString()));
        command.addAll(List.of(words));
        Result completion = run(command, workingDirectory, Map.of());
        assertThat(completion.exitCode).as(completion.output).isZero();
        return completion.output.strip();
    }

    /** cqlshift as the shell finds it on the PATH, where it is a symbolic link to the installation's launcher. */
    private static Result cqlshift(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec cqlshift \"$@\"", "sh"));
        command.addAll(List.of(args));
        Map<String, String> withPath = new HashMap<>(environment);
        withPath.put("PATH", pathDirectory + ":" + System.getenv("PATH"));
        return run(command, workingDirectory, withPath);
    }

    private static Result run(List<String> command, Path directory, Map<String, String> environment)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path output = Files.createTempFile(temporary, "output", ".txt");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                throw new AssertionError("still running after 10 minutes: " + command + "\n" + read(output));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), read(output));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private record Result(int exitCode, String output) {
    }
}
