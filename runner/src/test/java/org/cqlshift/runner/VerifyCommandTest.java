package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Order(2)
@ExtendWith(CassandraExtension.class)
class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "pa55-never-printed";

    private static EmbeddedCassandra node;
    private static CqlSession cql;

    @BeforeAll
    static void createSampleKeyspace(EmbeddedCassandra embedded) {
        node = embedded;
        cql = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        cql.execute("CREATE KEYSPACE IF NOT EXISTS runner_verify"
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        cql.execute("CREATE TABLE IF NOT EXISTS runner_verify.users (id uuid PRIMARY KEY, name text, email text)");
        cql.execute("CREATE TABLE IF NOT EXISTS runner_verify.employee (id int PRIMARY KEY, name text, salary double)");
        cql.execute("INSERT INTO runner_verify.employee (id, name, salary) VALUES (1, 'Ada', 100.0)");
    }

    @AfterAll
    static void disconnect() {
        cql.close();
    }

    /** The connection settings of the test node, as a Kubernetes pod would get them: environment only. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("CASSANDRA_CONTACT_POINTS", node.contactPointText());
        environment.put("CASSANDRA_LOCAL_DATACENTER", node.localDatacenter());
        environment.put("CASSANDRA_KEYSPACE", "runner_verify");
        return environment;
    }

    @Test
    void configurationFromEnvironmentVariablesAloneVerifiesTheKeyspace() {
        RunResult result = RunResult.run(environment(), "verify");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Verify of keyspace runner_verify: 2 tables, all passed", "employee", "users");
        assertThat(cql.execute("SELECT count(*) FROM runner_verify.employee").one().getLong(0)).isEqualTo(1);
    }

    @Test
    void jsonFormatPrintsOnlyTheReportOnStandardOutput() throws Exception {
        RunResult result = RunResult.run(environment(), "verify", "--verify-tables", "users", "--format", "json",
                "--verbose");

        assertThat(result.exitCode).as(result.toString()).isZero();
        JsonNode report = JSON.readTree(result.out);
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("tables")).hasSize(1);
        assertThat(report.get("tables").get(0).get("table").asText()).isEqualTo("users");
    }

    @Test
    void missingKeyspaceExitsTwoWithAMessageSayingWhatToDo() {
        Map<String, String> environment = environment();
        environment.put("CASSANDRA_KEYSPACE", "no_such_keyspace");

        RunResult result = RunResult.run(environment, "verify");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("ERROR: Keyspace 'no_such_keyspace' does not exist", "What to do:");
    }

    @Test
    void unknownTableExitsTwoNamingTheTablesThatExist() {
        RunResult result = RunResult.run(environment(), "verify", "--verify-tables", "users,invoices");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("Table 'invoices' does not exist", "employee, users");
    }

    @Test
    void failingTableExitsSix() {
        cql.execute("CREATE KEYSPACE IF NOT EXISTS runner_failing"
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        cql.execute("CREATE TABLE IF NOT EXISTS runner_failing.words (id int PRIMARY KEY, v vector<text, 2>)");
        Map<String, String> environment = environment();
        environment.put("CASSANDRA_KEYSPACE", "runner_failing");

        RunResult result = RunResult.run(environment, "verify");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(6);
        assertThat(result.out).contains("words", "insert", "failed");
        assertThat(result.err).contains("ERROR: Verify failed for 1 of 1 tables", "words");
    }

    @Test
    void jsonLogFormatWritesOneObjectPerLineErrorsIncluded() throws Exception {
        Map<String, String> environment = environment();
        environment.put("CASSANDRA_LOG_FORMAT", "json");
        RunResult passed = RunResult.run(environment, "verify", "--verify-tables", "employee");
        environment.put("CASSANDRA_KEYSPACE", "no_such_keyspace");
        RunResult failed = RunResult.run(environment, "verify");

        assertThat(passed.exitCode).as(passed.toString()).isZero();
        for (String line : passed.out.split("\\R")) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.get("level").asText()).isNotBlank();
            assertThat(record.get("timestamp").asText()).isNotBlank();
            assertThat(record.get("command").asText()).isEqualTo("verify");
            assertThat(record.get("keyspace").asText()).isEqualTo("runner_verify");
        }
        assertThat(failed.exitCode).isEqualTo(2);
        JsonNode error = JSON.readTree(failed.err.strip());
        assertThat(error.get("level").asText()).isEqualTo("ERROR");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("no_such_keyspace");
        assertThat(error.get("suggestion").asText()).contains("CASSANDRA_KEYSPACE");
    }

    @Test
    void passwordIsNeverPrintedInOutputVerboseOutputErrorsOrJsonLogs() {
        Map<String, String> environment = environment();
        environment.put("CASSANDRA_USERNAME", "app");
        environment.put("CASSANDRA_PASSWORD", PASSWORD);
        RunResult verbose = RunResult.run(environment, "verify", "--verbose");
        RunResult withoutUsername = RunResult.run(environment(), "verify", "--password", PASSWORD);
        environment.put("CASSANDRA_LOG_FORMAT", "json");
        RunResult missingKeyspace = RunResult.run(environment, "verify", "--keyspace", "nowhere", "--verbose");
        environment.remove("CASSANDRA_PASSWORD");
        RunResult unreachable = RunResult.run(environment, "verify", "--password", PASSWORD,
                "--contact-points", "127.0.0.1:1");

        assertThat(verbose.exitCode).as(verbose.toString()).isZero();
        assertThat(withoutUsername.exitCode).isEqualTo(2);
        assertThat(withoutUsername.err).contains("without a username");
        assertThat(missingKeyspace.exitCode).isEqualTo(2);
        assertThat(unreachable.exitCode).isEqualTo(3);
        for (RunResult result : new RunResult[] {verbose, withoutUsername, missingKeyspace, unreachable}) {
            assertThat(result.all()).doesNotContain(PASSWORD);
        }
    }
}
