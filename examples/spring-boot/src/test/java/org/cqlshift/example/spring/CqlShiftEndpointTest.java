package org.cqlshift.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application as a web server, against a real node: its actuator's cqlshift endpoint answers over HTTP. */
@ExtendWith(CassandraExtension.class)
class CqlShiftEndpointTest {

    private static final String KEYSPACE = "spring_endpoint";

    @TempDir
    Path migrations;

    @Test
    void theEndpointListsEveryScriptOfTheMigratedKeyspace(EmbeddedCassandra node) throws IOException,
            InterruptedException {
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
            inspector.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmployeeApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.cassandra.contact-points=" + node.contactPointText())
                .run("--cqlshift.keyspace=" + KEYSPACE, "--cqlshift.migrations=" + migrations, "--server.port=0",
                        "--server.address=127.0.0.1")) {
            String port = context.getEnvironment().getRequiredProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/cqlshift"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode keyspace = JsonMapper.builder().build().readTree(response.body())
                    .path("contexts").path(context.getId()).path("keyspaces").path(KEYSPACE);
            assertThat(keyspace.path("currentVersion").asInt()).isEqualTo(3);
            List<JsonNode> scripts = keyspace.path("scripts").valueStream().toList();
            assertThat(scripts).extracting(script -> script.path("script").asString())
                    .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql",
                            "R__employees_by_city.cql");
            assertThat(scripts).allSatisfy(script -> {
                assertThat(script.path("type").asString()).isEqualTo("CQL");
                assertThat(script.path("state").asString()).isEqualTo("success");
                assertThat(script.path("checksum").asString()).isNotBlank();
                assertThat(script.path("installedOn").asString()).isNotBlank();
                assertThat(script.path("executionTime").isIntegralNumber()).isTrue();
            });
            assertThat(scripts.get(1).path("description").asString()).isEqualTo("create users");
            assertThat(scripts.get(1).path("version").asInt()).isEqualTo(2);
            // null, which the actuator's JSON leaves out, as for Flyway's repeatable migrations
            assertThat(scripts.get(3).path("version").isIntegralNumber()).as("a repeatable script has no version")
                    .isFalse();
            assertThat(scripts.get(3).path("description").asString()).isEqualTo("employees by city");
        }
    }
}
