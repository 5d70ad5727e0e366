package org.cqlshift.example.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.cqlshift.example.spring.bare.BareApplication;
import org.cqlshift.example.ownsession.OwnSessionApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application started as it would be in production, against a real node; each test in a keyspace of its own. */
@ExtendWith(CassandraExtension.class)
class EmployeeApplicationTest {

    private static EmbeddedCassandra node;
    private static CqlSession inspector;

    @BeforeAll
    static void freshKeyspaces(EmbeddedCassandra embedded) {
        node = embedded;
        inspector = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build())
                .build();
        for (String keyspace : List.of("spring_app", "spring_app_keyspace", "spring_own", "spring_broken",
                "spring_own_session", "spring_own_session_broken", "spring_disabled")) {
            inspector.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        }
    }

    @AfterAll
    static void closeInspector() {
        inspector.close();
    }

    @Test
    void migratesAndSeedsBeforeTheApplicationReadsTheTable() {
        try (ConfigurableApplicationContext context = start(EmployeeApplication.class, "cqlshift.keyspace=spring_app")) {
            assertThat(context.getBean(FirstEmployee.class).name()).isEqualTo("LyubovK");
            assertThat(tables("spring_app")).contains("users", "employee");
            // The application's JavaMigration bean ran as version 4, after the scripts.
            assertThat(inspector.execute("SELECT email FROM spring_app.users").all())
                    .extracting(row -> row.getString("email")).contains("admin@example.com", "alice@example.com");
            CqlSession applicationSession = context.getBean(CqlSession.class);
            assertThat(applicationSession.isClosed()).isFalse();
            // The migration ran on a session of its own: the application's keeps the driver's settings.
            DriverExecutionProfile settings = applicationSession.getContext().getConfig().getDefaultProfile();
            assertThat(applicationSession.isSchemaMetadataEnabled()).isTrue();
            assertThat(settings.getDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW)).hasSeconds(1);
            assertThat(applicationSession.getName()).isNotEqualTo(SchemaSessionOptions.SESSION_NAME);
            assertThat(applicationSession.getMetadata().getKeyspace("spring_app")).isPresent();
        }
    }

    @Test
    void theApplicationsSessionMayOpenInTheKeyspaceTheScriptsCreate() {
        try (ConfigurableApplicationContext context = start(BareApplication.class,
                "spring.cassandra.keyspace-name=spring_app_keyspace", "cqlshift.keyspace=", "cqlshift.seed-on-startup=false")) {
            assertThat(context.getBean(CqlSession.class).getKeyspace()).hasValueSatisfying(
                    keyspace -> assertThat(keyspace.asInternal()).isEqualTo("spring_app_keyspace"));
            assertThat(tables("spring_app_keyspace")).contains("users", "employee");
        }
    }

    @Test
    void anApplicationThatBuildsItsOwnSessionIsMigratedOnIt() {
        try (ConfigurableApplicationContext context = start(OwnSessionApplication.class,
                "cqlshift.keyspace=spring_own_session", "cqlshift.seed-on-startup=false", "own.host=" + node.host(),
                "own.port=" + node.nativePort())) {
            assertThat(context.getBean(CqlSession.class).isClosed()).isFalse();
            assertThat(tables("spring_own_session")).contains("users", "employee");
        }
    }

    @Test
    void withContactPointsOfItsOwnItMigratesBeforeTheApplicationsSessionOpensInTheKeyspace() {
        try (ConfigurableApplicationContext context = start(EmployeeApplication.class,
                "cqlshift.keyspace=spring_own", "spring.cassandra.keyspace-name=spring_own",
                "cqlshift.contact-points=" + node.contactPointText())) {
            assertThat(context.getBean(FirstEmployee.class).name()).isEqualTo("LyubovK");
            assertThat(context.getBean(CqlSession.class).getKeyspace()).hasValueSatisfying(
                    keyspace -> assertThat(keyspace.asInternal()).isEqualTo("spring_own"));
        }
    }

    @Test
    void aBrokenScriptStopsTheApplicationNamingTheScript() throws InterruptedException {
        DriverThreads threads = new DriverThreads();
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> start(EmployeeApplication.class, "cqlshift.keyspace=spring_broken",
                    "cqlshift.migrations=classpath:broken").close())
                    .hasMessageContaining("Migration 1_create_shop.cql failed at statement 2")
                    .satisfies(error -> assertThat(migrationError(error)).hasMessageContaining("1_create_shop.cql"));
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("APPLICATION FAILED TO START",
                "cqlshift: Migration 1_create_shop.cql failed at statement 2",
                "Fix statement 2 in classpath:broken/1_create_shop.cql");
        threads.assertNoneLeft();
    }

    @Test
    void aBrokenScriptClosesTheSessionTheApplicationBuiltItself() throws InterruptedException {
        DriverThreads threads = new DriverThreads();

        assertThatThrownBy(() -> start(OwnSessionApplication.class, "cqlshift.keyspace=spring_own_session_broken",
                "cqlshift.migrations=classpath:broken", "own.host=" + node.host(), "own.port=" + node.nativePort())
                .close())
                .satisfies(error -> assertThat(migrationError(error)).hasMessageContaining("1_create_shop.cql"));
        threads.assertNoneLeft();
    }

    @Test
    void disabledItDoesNothing() {
        try (ConfigurableApplicationContext context = start(BareApplication.class, "cqlshift.keyspace=spring_disabled",
                "cqlshift.enabled=false")) {
            assertThat(context.getBean(CqlSession.class).isClosed()).isFalse();
            assertThat(context.getBeanNamesForType(org.cqlshift.spring.boot.CqlShiftMigration.class)).isEmpty();
        }
        assertThat(inspector.execute("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
                "spring_disabled").one()).isNull();
    }

    /** The properties are given as command-line arguments, which override application.properties. */
    private static ConfigurableApplicationContext start(Class<?> application, String... properties) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.cassandra.contact-points=" + node.contactPointText())
                .run(Stream.of(properties).map(property -> "--" + property).toArray(String[]::new));
    }

    private static MigrationException migrationError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationException migration) {
                return migration;
            }
        }
        throw new AssertionError("No MigrationException caused " + error, error);
    }

    private static List<String> tables(String keyspace) {
        return inspector.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace)
                .all().stream().map(row -> row.getString("table_name")).toList();
    }
}
