package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Location;
import org.junit.jupiter.api.Test;
import org.testcontainers.cassandra.CassandraContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The sample migrations on the official Cassandra image, where a Docker engine is available; skipped
 * where there is none (the embedded node covers the same ground there).
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerCassandraMigrationTest {

    @Container
    static final CassandraContainer CASSANDRA = new CassandraContainer("cassandra:5.0");

    @Test
    void sampleMigrationsApplyOnTheOfficialImageAndASecondRunAppliesNothing() {
        Configuration configuration = Configuration.builder()
                .contactPoints(List.of(CASSANDRA.getContactPoint()))
                .localDatacenter(CASSANDRA.getLocalDatacenter())
                .keyspace("docker_quickstart")
                .migrations(Location.directory(Path.of("..", "migrations")))
                .build();

        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            Migrator migrator = Migrator.create(connection, Reporter.SILENT);

            assertThat(migrator.migrate(MigrateOptions.defaults()).applied()).extracting(AppliedScript::script)
                    .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql");
            assertThat(connection.session().execute(
                            "SELECT table_name FROM system_schema.tables WHERE keyspace_name = 'docker_quickstart'")
                    .all()).extracting(row -> row.getString("table_name")).contains("users", "employee");
            assertThat(migrator.migrate(MigrateOptions.defaults()).applied()).isEmpty();
        }
    }
}
