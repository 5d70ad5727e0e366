package org.cqlshift.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.callback.CurrentScript;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as a web server, against a real node, with a {@link Callback} bean: its actuator's cqlshift
 * endpoint and the run's metrics answer over HTTP.
 */
@ExtendWith(CassandraExtension.class)
class CqlShiftEndpointTest {

    private static final String KEYSPACE = "spring_endpoint";
    /** What the callback bean heard, in order. */
    private static final List<String> HEARD = new CopyOnWriteArrayList<>();

    @TempDir
    static Path migrations;

    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void startTheApplication(EmbeddedCassandra node) throws IOException {
        // The sample scripts, and a repeatable one, which Boot's flyway endpoint would list with no version.
        try (Stream<Path> samples = Files.list(Path.of("migrations"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, migrations.resolve(sample.getFileName()));
            }
        }
        Files.writeString(migrations.resolve("R__employees_by_city.cql"),
                "DROP INDEX IF EXISTS ${keyspace}.employees_by_city;\n"
                        + "CREATE INDEX employees_by_city ON ${keyspace}.employee (city) USING 'sai';\n");
        try (CqlSession inspector = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter()).build()) {
            // Dropping a keyspace can take longer than the driver's 2 s default on a busy machine.
            inspector.execute(SimpleStatement.newInstance("DROP KEYSPACE IF EXISTS " + KEYSPACE)
                    .setTimeout(Duration.ofSeconds(30)));
        }
        Callback recorder = (event, callbackContext) -> HEARD.add(event.id()
                + callbackContext.script().map(CurrentScript::script).map(script -> " " + script).orElse(""));
        context = new SpringApplicationBuilder(EmployeeApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(application -> application.getBeanFactory().registerSingleton("recorder", recorder))
                .properties("spring.cassandra.contact-points=" + node.contactPointText())
                .run("--cqlshift.keyspace=" + KEYSPACE, "--cqlshift.migrations=" + migrations, "--server.port=0",
                        "--server.address=127.0.0.1");
    }

    @AfterAll
    static void stopTheApplication() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theEndpointListsEveryScriptAndJavaMigrationOfTheMigratedKeyspace() throws IOException,
            InterruptedException {
        HttpResponse<String> response = get("/actuator/cqlshift");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode keyspace = json(response).path("contexts").path(context.getId()).path("keyspaces").path(KEYSPACE);
        assertThat(keyspace.path("currentVersion").asInt()).isEqualTo(4);
        List<JsonNode> scripts = keyspace.path("scripts").valueStream().toList();
        assertThat(scripts).extracting(script -> script.path("script").asString())
                .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql",
                        AddAdminUser.class.getName(), "R__employees_by_city.cql");
        assertThat(scripts).extracting(script -> script.path("type").asString())
                .containsExactly("CQL", "CQL", "CQL", "JAVA", "CQL");
        assertThat(scripts).allSatisfy(script -> {
            assertThat(script.path("state").asString()).isEqualTo("success");
            assertThat(script.path("checksum").asString()).isNotBlank();
            assertThat(script.path("installedOn").asString()).isNotBlank();
            assertThat(script.path("executionTime").isIntegralNumber()).isTrue();
        });
        assertThat(scripts.get(1).path("description").asString()).isEqualTo("create users");
        assertThat(scripts.get(1).path("version").asInt()).isEqualTo(2);
        assertThat(scripts.get(3).path("description").asString()).isEqualTo("add admin user");
        // null, which the actuator's JSON leaves out, as for Flyway's repeatable migrations
        assertThat(scripts.get(4).path("version").isIntegralNumber()).as("a repeatable script has no version")
                .isFalse();
        assertThat(scripts.get(4).path("description").asString()).isEqualTo("employees by city");
    }

    @Test
    void theCallbackBeanHeardEveryEventOfTheStartupRun() {
        assertThat(HEARD).containsExactly("beforeMigrate",
                "beforeEachMigrate 1_create_keyspace.cql", "afterEachMigrate 1_create_keyspace.cql",
                "beforeEachMigrate 2_create_users.cql", "afterEachMigrate 2_create_users.cql",
                "beforeEachMigrate 3_create_employee.cql", "afterEachMigrate 3_create_employee.cql",
                "beforeEachMigrate " + AddAdminUser.class.getName(), "afterEachMigrate " + AddAdminUser.class.getName(),
                "beforeEachMigrate R__employees_by_city.cql", "afterEachMigrate R__employees_by_city.cql",
                "afterMigrate", "beforeSeed", "afterSeed");
    }

    @Test
    void theMetricsEndpointShowsTheRunsDurationsScriptsAndRows() throws IOException, InterruptedException {
        JsonNode migrate = json(get("/actuator/metrics/cqlshift.migrate?tag=keyspace:" + KEYSPACE
                + "&tag=outcome:success"));
        JsonNode seed = json(get("/actuator/metrics/cqlshift.seed?tag=keyspace:" + KEYSPACE + "&tag=outcome:success"));
        JsonNode scripts = json(get("/actuator/metrics/cqlshift.scripts.applied?tag=keyspace:" + KEYSPACE));
        JsonNode rows = json(get("/actuator/metrics/cqlshift.rows.seeded?tag=keyspace:" + KEYSPACE));

        assertThat(measurement(migrate, "COUNT")).isEqualTo(1);
        assertThat(measurement(migrate, "TOTAL_TIME")).isPositive();
        assertThat(measurement(seed, "COUNT")).isEqualTo(1);
        assertThat(measurement(scripts, "COUNT")).as("four versioned and one repeatable").isEqualTo(5);
        assertThat(measurement(rows, "COUNT")).isPositive();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static double measurement(JsonNode metric, String statistic) {
        return metric.path("measurements").valueStream()
                .filter(measurement -> measurement.path("statistic").asString().equals(statistic))
                .findFirst().orElseThrow(() -> new AssertionError("No " + statistic + " in " + metric))
                .path("value").asDouble();
    }
}
