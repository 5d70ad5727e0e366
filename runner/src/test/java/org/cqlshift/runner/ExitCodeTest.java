package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.config.Setting;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Exit codes of the paths that need no running node. */
@Order(3)
class ExitCodeTest {

    @Test
    void usageErrorsExitTwo() {
        assertThat(RunResult.run(Map.of(), "verify", "--no-such-option").exitCode).isEqualTo(2);
        assertThat(RunResult.run(Map.of(), "no-such-command").exitCode).isEqualTo(2);
        RunResult noCommand = RunResult.run(Map.of());
        assertThat(noCommand.exitCode).isEqualTo(2);
        assertThat(noCommand.err).contains("Missing command", "verify");
    }

    /** Only the named command's model is built for a run; the help and suggestions still know every command. */
    @Test
    void everyCommandHasItsHelpAndAMistypedOneGetsSuggestions() {
        for (Class<?> command : RunnerCommand.SUBCOMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            RunResult help = RunResult.run(Map.of(), name, "--help");
            assertThat(help.exitCode).as(help.toString()).isZero();
            assertThat(help.out).as(name).startsWith("Usage: ").contains(" " + name + " ");
        }
        RunResult top = RunResult.run(Map.of(), "--help");
        assertThat(top.exitCode).isZero();
        assertThat(top.out).contains("migrate ", "info ", "seed ", "export ", "verify ", "up ");
        RunResult mistyped = RunResult.run(Map.of(), "migrat", "--keyspace", "app");
        assertThat(mistyped.exitCode).isEqualTo(2);
        assertThat(mistyped.err).contains("migrat", "Did you mean", "migrate");
        RunResult optionOfTheCommand = RunResult.run(Map.of(), "seed", "--contact-points");
        assertThat(optionOfTheCommand.exitCode).isEqualTo(2);
        assertThat(optionOfTheCommand.err).contains("Missing required parameter", "--contact-points");
    }

    @Test
    void usageErrorsAreOneJsonLineWithTheJsonLogFormat() throws IOException {
        List<RunResult> runs = List.of(
                RunResult.run(Map.of(), "verify", "--no-such-option", "--log-format", "json"),
                RunResult.run(Map.of(), "--log-format=json", "verify", "--no-such-option"),
                RunResult.run(Map.of(Setting.LOG_FORMAT.environmentVariable(), "json"), "verify", "--no-such-option"));
        for (RunResult result : runs) {
            assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
            assertThat(result.err.strip()).as(result.toString()).doesNotContain("\n");
            JsonNode line = new ObjectMapper().readTree(result.err);
            assertThat(line.get("level").asText()).isEqualTo("ERROR");
            assertThat(line.get("message").asText()).contains("--no-such-option");
            assertThat(line.get("exitCode").asInt()).isEqualTo(2);
        }
    }

    @Test
    void invalidSettingExitsTwoNamingTheSettingAndItsSource() {
        RunResult result = RunResult.run(Map.of("CASSANDRA_WAIT_TIMEOUT", "soon"), "verify");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("cassandra.waitTimeout", "environment variable CASSANDRA_WAIT_TIMEOUT");
    }

    @Test
    void helpListsTheExitCodes() {
        RunResult help = RunResult.run(Map.of(), "--help");

        assertThat(help.exitCode).isZero();
        assertThat(help.out.replaceAll("\\s+", " ")).contains("2 bad configuration or input", "3 Cassandra unreachable",
                "6 verify failed");
    }

    @Test
    void nothingListeningExitsThreeAfterWaitingTheGivenTime() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();

        RunResult result = RunResult.run(Map.of("CASSANDRA_CONTACT_POINTS", "127.0.0.1:" + port),
                "verify", "--wait-timeout", "5");

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
        assertThat(result.err).contains("Cassandra at 127.0.0.1:" + port + " not reachable yet", "retrying in 0.5 s")
                .contains("ERROR: Cassandra at 127.0.0.1:" + port + " was still not reachable after waiting 5 s")
                .contains("--wait-timeout");
        assertThat(seconds).isBetween(4L, 60L);
    }
}
