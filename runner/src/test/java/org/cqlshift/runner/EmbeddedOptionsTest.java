package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import org.cqlshift.api.StopRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code --embedded} through the runner's own command line. */
class EmbeddedOptionsTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion");
    private static final Pattern STARTED = Pattern.compile(
            "Embedded Cassandra " + Pattern.quote(VERSION) + " started at 127\\.0\\.0\\.1:(\\d+); log: (\\S+system\\.log)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    static Path migrations;

    @BeforeAll
    static void scripts() throws IOException {
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
    }

    @Test
    void theCommandRunsAgainstTheEmbeddedNodeWhichStopsEvenWhenTheCommandFails(@TempDir Path broken)
            throws IOException {
        Path directory = Path.of("target", "runner-embedded").toAbsolutePath();
        Files.writeString(broken.resolve("1_create_keyspace.cql"), "CREATE KEYSPACE embedded_fails WITH nothing;\n");

        int exitCode = run("migrate", "--embedded", "--embedded-version", VERSION,
                "--embedded-directory", directory.toString(), "--contact-points", "192.0.2.1:9042",
                "--local-datacenter", "elsewhere", "--keyspace", "embedded_fails", "--migrations", broken.toString());

        assertThat(exitCode).as(output()).isEqualTo(4);
        Matcher started = STARTED.matcher(stdout());
        assertThat(started.find()).as(stdout()).isTrue();
        assertThat(Path.of(started.group(2))).isEqualTo(directory.resolve("logs/system.log")).isRegularFile();
        assertThat(directory.resolve("cassandra.pid")).doesNotExist();
        assertThat(portIsFree(Integer.parseInt(started.group(1)))).isTrue();
    }

    @Test
    void withEmbeddedAuthTheNodeRefusesAWrongPasswordAndCommandsLogInAsItsSuperuser() {
        Path directory = Path.of("target", "runner-embedded-auth").toAbsolutePath();

        int refused = run("info", "--embedded", "--embedded-auth", "--embedded-version", VERSION,
                "--embedded-directory", directory.toString(), "--migrations", migrations.toString(),
                "--username", "cassandra", "--password", "wrong-secret-5d1");
        String refusedOutput = output();
        out.reset();
        err.reset();
        int loggedIn = run("info", "--embedded", "--embedded-auth", "--embedded-version", VERSION,
                "--embedded-directory", directory.toString(), "--migrations", migrations.toString());

        assertThat(refused).as(refusedOutput).isEqualTo(3);
        assertThat(refusedOutput).contains("refused the login of user 'cassandra'").doesNotContain("wrong-secret-5d1");
        assertThat(loggedIn).as(output()).isZero();
        assertThat(stdout()).contains("1_create_keyspace.cql").contains("pending");
    }

    @Test
    void anUnsupportedVersionIsABadConfigurationAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-old");

        int exitCode = run("info", "--embedded", "--embedded-version", "3.11.4",
                "--embedded-directory", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Invalid embedded nodes:").contains("use 4.1 or later")
                .contains("cassandra.embeddedVersion '3.11.4'");
        assertThat(directory).doesNotExist();
    }

    @Test
    void anEmbeddedNodesCountBelowOneIsABadConfigurationAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-no-nodes");

        int exitCode = run("info", "--embedded", "--embedded-nodes", "0", "--embedded-directory",
                directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Invalid cassandra.embeddedNodes '0' from option --embedded-nodes /"
                + " cassandra.embeddedNodes: expected a whole number of at least 1");
        assertThat(directory).doesNotExist();
    }

    @Test
    void aTopologyNotWrittenAsDatacenterColonNodesNamesTheSettingAndAnExampleAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-bad-topology");

        int exitCode = run("info", "--embedded", "--embedded-topology", "dc1=2,dc2=1", "--embedded-directory",
                directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Invalid cassandra.embeddedTopology 'dc1=2,dc2=1' from option"
                + " --embedded-topology").contains("expected datacenters and their node counts as"
                + " <dc>:<nodes>[,<dc>:<nodes>...], such as dc1:2,dc2:1, but found 'dc1=2,dc2=1': 'dc1=2' is not"
                + " <dc>:<nodes>");
        assertThat(directory).doesNotExist();
    }

    @Test
    void aTopologyAndADifferentNodeCountContradictEachOtherAndStartNothing() {
        Path directory = Path.of("target", "runner-embedded-topology-count");

        int exitCode = run("info", "--embedded", "--embedded-topology", "dc1:1,dc2:1", "--embedded-nodes", "3",
                "--embedded-directory", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: cassandra.embeddedNodes 3 contradicts cassandra.embeddedTopology"
                + " 'dc1:1,dc2:1', which makes 2 nodes.").contains("Give only --embedded-topology.");
        assertThat(directory).doesNotExist();
    }

    @Test
    void cassandra41OnANewerJavaSaysWhatToInstallAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-41");
        String javaHome = System.getProperty("java.home");
        assumeTrue(Runtime.version().feature() > 11, "this JDK runs Cassandra 4.1");

        int exitCode = run("info", "--embedded", "--embedded-version", "4.1.10",
                "--embedded-java-home", javaHome, "--embedded-directory", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Cassandra 4.1.10 runs on Java 8 or 11, but " + javaHome + " is Java "
                        + Runtime.version().feature())
                .contains("What to do: Install a JDK 11").contains("--embedded-java-home");
        assertThat(directory).doesNotExist();
    }

    @Test
    void aJavaHomeThatIsNoJdkIsABadConfigurationAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-no-jdk");
        Path notAJdk = Path.of("target").toAbsolutePath();

        int exitCode = run("info", "--embedded", "--embedded-java-home", notAJdk.toString(),
                "--embedded-directory", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("cassandra.embeddedJavaHome '" + notAJdk + "'")
                .contains("Give javaHome the home directory of a JDK");
        assertThat(directory).doesNotExist();
    }

    @Test
    void helpShowsTheDefaultVersionAndDirectory() {
        int exitCode = run("info", "--help");

        assertThat(exitCode).isZero();
        // picocli wraps long words at punctuation too, so the comparison ignores white space.
        assertThat(stdout().replaceAll("\\s+", "")).contains("--embedded-version=VERSION")
                .contains("default" + VERSION + ")").contains("default.cqlshift/embedded)");
    }

    private int run(String... args) {
        return Runner.commandLine(Map.of(), stream(out), stream(err), StopRule.never()).execute(args);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return stdout() + stderr();
    }

    private static boolean portIsFree(int port) throws UnknownHostException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
