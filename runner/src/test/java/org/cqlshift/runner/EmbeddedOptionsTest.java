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
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.StopRule;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs {@code --embedded} through the runner's own command line, with a test command that connects. */
class EmbeddedOptionsTest {

    private static final String VERSION = System.getProperty("cqlshift.embedded.version");
    private static final Pattern STARTED = Pattern.compile(
            "Embedded Cassandra " + Pattern.quote(VERSION) + " started at 127\\.0\\.0\\.1:(\\d+); log: (\\S+system\\.log)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theCommandRunsAgainstTheEmbeddedNodeWhichStopsEvenWhenTheCommandFails() throws UnknownHostException {
        Path directory = Path.of("target", "runner-embedded").toAbsolutePath();

        int exitCode = run("release-version", "--then-fail", "--embedded", "--cassandra-version", VERSION,
                "--embedded-dir", directory.toString(), "--contact-points", "192.0.2.1:9042", "--local-dc", "elsewhere");

        assertThat(exitCode).as(output()).isEqualTo(ErrorReport.INTERNAL_ERROR);
        assertThat(stdout()).contains("release_version " + VERSION);
        Matcher started = STARTED.matcher(stdout());
        assertThat(started.find()).as(stdout()).isTrue();
        assertThat(Path.of(started.group(2))).isEqualTo(directory.resolve("logs/system.log")).isRegularFile();
        assertThat(directory.resolve("cassandra.pid")).doesNotExist();
        assertThat(portIsFree(Integer.parseInt(started.group(1)))).isTrue();
    }

    @Test
    void withEmbeddedAuthTheNodeRefusesAWrongPasswordAndCommandsLogInAsItsSuperuser() {
        Path directory = Path.of("target", "runner-embedded-auth").toAbsolutePath();

        int refused = run("release-version", "--embedded", "--embedded-auth", "--embedded-version", VERSION,
                "--embedded-dir", directory.toString(), "--username", "cassandra", "--password", "wrong-secret-5d1");
        String refusedOutput = output();
        out.reset();
        err.reset();
        int loggedIn = run("release-version", "--embedded", "--embedded-auth", "--embedded-version", VERSION,
                "--embedded-dir", directory.toString());

        assertThat(refused).as(refusedOutput).isEqualTo(3);
        assertThat(refusedOutput).contains("refused the login of user 'cassandra'").doesNotContain("wrong-secret-5d1");
        assertThat(loggedIn).as(output()).isZero();
        assertThat(stdout()).contains("release_version " + VERSION);
    }

    @Test
    void anUnsupportedVersionIsABadConfigurationAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-old");

        int exitCode = run("release-version", "--embedded", "--embedded-version", "3.11.4",
                "--embedded-dir", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Invalid --cassandra-version '3.11.4'").contains("use 4.1 or later");
        assertThat(directory).doesNotExist();
    }

    @Test
    void anEmbeddedNodesCountBelowOneIsABadConfigurationAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-no-nodes");

        int exitCode = run("release-version", "--embedded", "--embedded-nodes", "0", "--embedded-dir",
                directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("ERROR: Invalid --embedded-nodes 0: a cluster has 1 to 250 nodes, not 0.");
        assertThat(directory).doesNotExist();
    }

    @Test
    void cassandra41OnANewerJavaSaysWhatToInstallAndStartsNothing() {
        Path directory = Path.of("target", "runner-embedded-41");
        String javaHome = System.getProperty("java.home");
        assumeTrue(Runtime.version().feature() > 11, "this JDK runs Cassandra 4.1");

        int exitCode = run("release-version", "--embedded", "--embedded-version", "4.1.10",
                "--embedded-java-home", javaHome, "--embedded-dir", directory.toString());

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

        int exitCode = run("release-version", "--embedded", "--embedded-java-home", notAJdk.toString(),
                "--embedded-dir", directory.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr()).contains("or --embedded-java-home '" + notAJdk + "'")
                .contains("Give javaHome the home directory of a JDK");
        assertThat(directory).doesNotExist();
    }

    @Test
    void helpShowsTheDefaultVersionAndDirectory() {
        int exitCode = run("release-version", "--help");

        assertThat(exitCode).isZero();
        assertThat(stdout()).contains("--embedded-version, --cassandra-version=VERSION").contains("(default " + VERSION + ")")
                .contains("(default .cqlshift/embedded)");
    }

    private int run(String... args) {
        CommandLine commandLine = Runner.commandLine(Map.of(), stream(out), stream(err), StopRule.never());
        // Built on its own, so that picocli applies its model transformer, which adds the settings' options.
        commandLine.addSubcommand(new CommandLine(new ReleaseVersionCommand()));
        // A subcommand added after the streams were set does not inherit them.
        commandLine.getSubcommands().get("release-version").setOut(commandLine.getOut()).setErr(commandLine.getErr());
        return commandLine.execute(args);
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

    /** Prints the server's version, then optionally fails the way a bad statement does. */
    @Command(name = "release-version", mixinStandardHelpOptions = true)
    static final class ReleaseVersionCommand extends ConnectedCommand {

        @Option(names = "--then-fail")
        boolean thenFail;

        @Override
        protected int run(CassandraConnection connection, Reporter reporter) {
            reporter.info("release_version " + connection.session()
                    .execute("SELECT release_version FROM system.local").one().getString(0));
            if (thenFail) {
                connection.session().execute("SELECT * FROM no_such_keyspace.no_such_table");
            }
            return 0;
        }
    }
}
