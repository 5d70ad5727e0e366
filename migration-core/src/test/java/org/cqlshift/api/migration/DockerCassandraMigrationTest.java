package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.Reporter;
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
        CqlShift shift = CqlShift.configure()
                .contactPoints(CASSANDRA.getContactPoint().getHostString() + ":" + CASSANDRA.getContactPoint().getPort())
                .localDatacenter(CASSANDRA.getLocalDatacenter())
                .keyspace("docker_quickstart")
                .migrations(Path.of("..", "migrations"))
                .reporter(Reporter.SILENT)
                .load();

        assertThat(shift.migrate().applied()).extracting(AppliedScript::script)
                .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql");
        assertThat(shift.info().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        assertThat(shift.migrate().applied()).isEmpty();
    }
}
