package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.time.Duration;
import java.util.List;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.UpResult;
import org.cqlshift.api.Failure;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.ScriptInfo;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java API as an application uses it, against a real node; DocumentationTest checks that docs/java-api.md shows the tagged code. */
@ExtendWith(CassandraExtension.class)
class JavaApiExampleTest {

    private static CqlSession session;
    private static String contactPoints;

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @BeforeAll
    static void freshKeyspaces(EmbeddedCassandra node) {
        contactPoints = node.contactPointText();
        // An application's session with the driver's defaults, except a request timeout for a busy build machine.
        session = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build())
                .build();
        for (String keyspace : new String[] {"app", "app_up", "app_session", "app_schema_session", "app_broken"}) {
            session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        }
    }

    @Test
    void documentedExampleMigratesSeedsAndVerifies() {
        // tag::example[]
        CqlShift shift = CqlShift.configure()
                .contactPoints(contactPoints)          // "db1:9042,db2:9042"
                .localDatacenter("datacenter1")
                .keyspace("app")
                .migrations("classpath:db/cassandra")  // scripts carried in the application's jar
                .seeds("seeds")                        // a directory of seed files (YAML, CSV, JSON)
                .load();

        MigrationResult migrated = shift.migrate();    // applies the pending scripts
        SeedResult seeded = shift.seed();              // loads new or changed seed files
        VerifyReport verified = shift.verify();        // a CRUD round trip on every table
        MigrationInfo info = shift.info();             // the state of every script; repeatable ones in info.repeatables()
        shift.validate();                              // throws if an applied script was edited
        // end::example[]

        assertThat(migrated.applied()).extracting(AppliedScript::script)
                .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql");
        assertThat(seeded.loaded()).hasSize(2);
        assertThat(verified.passed()).isTrue();
        assertThat(info.scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        assertThat(session.execute("SELECT ename FROM app.employee WHERE emp_id = 1").one().getString("ename"))
                .isEqualTo("LyubovK");
    }

    @Test
    void upMigratesSeedsAndVerifiesInOneCall() {
        UpResult result = CqlShift.configure().contactPoints(contactPoints).keyspace("app_up")
                .migrations("classpath:db/cassandra").seeds("seeds").load().up();

        assertThat(result.migration().applied()).hasSize(3);
        assertThat(result.seed().loaded()).hasSize(2);
        assertThat(result.verify().passed()).isTrue();
    }

    @Test
    void theApplicationsSessionIsUsedAndLeftOpen() {
        CqlSession applicationSession = session;
        // tag::session[]
        CqlShift.configure()
                .session(applicationSession)           // contact points, credentials, TLS: the session's own
                .keyspace("app_session")
                .migrations("classpath:db/cassandra")
                .load()
                .migrate();                            // the session stays open: it is the application's
        // end::session[]

        assertThat(applicationSession.isClosed()).isFalse();
        assertThat(applicationSession.execute("SELECT count(*) FROM app_session.employee").one().getLong(0)).isZero();
    }

    @Test
    void aShortLivedSchemaSessionFromTheApplicationsDriverConfiguration() {
        DriverConfigLoader applicationConfigLoader = DriverConfigLoader.programmaticBuilder()
                .withStringList(DefaultDriverOption.CONTACT_POINTS, List.of(contactPoints))
                .withString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, "datacenter1")
                .build();
        // tag::schema-session[]
        CqlShiftBuilder builder = CqlShift.configure().keyspace("app_schema_session").migrations("classpath:db/cassandra");
        try (CqlSession schemaSession = CqlSession.builder()
                .withConfigLoader(SchemaSessionOptions.over(applicationConfigLoader, builder.load().configuration()))
                .build()) {
            builder.session(schemaSession).load().migrate();
        }
        // end::schema-session[]

        // The application's loader serves its own session afterwards, with the driver's schema metadata.
        try (CqlSession applicationSession = CqlSession.builder().withConfigLoader(applicationConfigLoader).build()) {
            assertThat(applicationSession.isSchemaMetadataEnabled()).isTrue();
            assertThat(applicationSession.getMetadata().getKeyspace("app_schema_session")
                    .flatMap(keyspace -> keyspace.getTable("employee"))).isPresent();
        }
    }

    @Test
    void aFailingScriptIsATypedErrorNamingTheScript() {
        CqlShift shift = CqlShift.configure().session(session).keyspace("app_broken")
                .migrations("classpath:broken").load();

        assertThatThrownBy(shift::migrate).isInstanceOfSatisfying(MigrationException.class, error -> {
            assertThat(error.failure()).isEqualTo(Failure.MIGRATION);
            assertThat(error.getMessage()).contains("1_create_orders.cql", "statement 2");
        });
    }

    @Test
    void badSettingsAreConfigurationErrors() {
        assertThatThrownBy(() -> CqlShift.configure().contactPoints("db:x").load())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("db:x");
        assertThatThrownBy(() -> CqlShift.configure().contactPoints(contactPoints).session(session).load())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("session");
    }
}
