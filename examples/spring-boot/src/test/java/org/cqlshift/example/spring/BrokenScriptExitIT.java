package org.cqlshift.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application started as in production, {@code java -jar}, with a script that cannot run: the process
 * reports the script and ends by itself, with a failure status, rather than staying up on the driver's threads.
 */
@ExtendWith(CassandraExtension.class)
class BrokenScriptExitIT {

    /** Start-up, a failing migration and shut-down, with room for a busy machine; it never ended before. */
    private static final Duration EXITS_WITHIN = Duration.ofSeconds(90);

    @Test
    void theProcessEndsWithAFailureNamingTheScript(EmbeddedCassandra node, @TempDir Path work)
            throws IOException, InterruptedException {
        Path scripts = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(scripts.resolve("1_create_orders.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n"
                        + "CREATE TABEL ${keyspace}.orders (id uuid PRIMARY KEY, total decimal);\n");
        Path output = work.resolve("output.log");
        Process application = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("cqlshift.example.jar"),
                "--spring.cassandra.contact-points=" + node.contactPointText(),
                "--cqlshift.keyspace=spring_exit",
                "--cqlshift.migrations=" + scripts,
                "--cqlshift.seed-on-startup=false"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            boolean ended = application.waitFor(EXITS_WITHIN.toSeconds(), TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(ended).as("the application ended within %s; it printed:%n%s", EXITS_WITHIN, printed).isTrue();
            assertThat(application.exitValue()).as("exit status").isNotZero();
            assertThat(printed).contains("APPLICATION FAILED TO START",
                    "cqlshift: Migration 1_create_orders.cql failed at statement 2", "CREATE TABEL spring_exit.orders");
        } finally {
            application.destroyForcibly();
        }
    }
}
