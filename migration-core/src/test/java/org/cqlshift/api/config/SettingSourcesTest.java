package org.cqlshift.api.config;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.cqlshift.api.Failure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where settings come from, which source wins, and how a bad value is reported, through {@link CqlShift#configure()}. */
class SettingSourcesTest {

    private static final String PASSWORD = "s3cr3t-P@ssw0rd";

    @TempDir
    Path directory;

    private Path propertiesFile(String content) throws IOException {
        return Files.writeString(directory.resolve("cqlshift.properties"), content, StandardCharsets.UTF_8);
    }

    @Nested
    class Precedence {

        @Test
        void usesTheBuiltInDefaultsWhenNothingIsGiven() {
            Configuration configuration = CqlShift.configure().load().configuration();

            assertThat(configuration.contactPoints()).containsExactly(InetSocketAddress.createUnresolved("127.0.0.1", 9042));
            assertThat(configuration.localDatacenter()).isEqualTo("datacenter1");
            assertThat(configuration.keyspace()).isEqualTo("quickstart");
            assertThat(configuration.replication()).isEqualTo(Replication.simple(1));
            assertThat(configuration.migrations()).isEqualTo(Location.directory(Path.of("migrations")));
            assertThat(configuration.seeds()).isEqualTo(Location.directory(Path.of("seeds")));
            assertThat(configuration.schemaAgreementTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(configuration.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(configuration.username()).isEmpty();
            assertThat(configuration.password()).isEmpty();
            assertThat(configuration.placeholders()).isEmpty();
        }

        @Test
        void recordsWhichSettingsWereGivenSoThatOnlyTheseWinOverTheDriverConfiguration() throws IOException {
            Configuration configuration = CqlShift.configure()
                    .setting(Setting.CONSISTENCY, "ONE")
                    .environment(Map.of("CASSANDRA_REQUEST_TIMEOUT", "30"))
                    .configFile(propertiesFile("cassandra.serialConsistency=SERIAL\n"))
                    .defaultValue(Setting.KEYSPACE, "from_front_end")
                    .load().configuration();

            assertThat(configuration.isExplicit(Setting.CONSISTENCY)).isTrue();
            assertThat(configuration.isExplicit(Setting.REQUEST_TIMEOUT)).isTrue();
            assertThat(configuration.isExplicit(Setting.SERIAL_CONSISTENCY)).isTrue();
            assertThat(configuration.isExplicit(Setting.KEYSPACE)).isFalse();
            assertThat(configuration.isExplicit(Setting.SCHEMA_AGREEMENT_TIMEOUT)).isFalse();
            assertThat(configuration.isExplicit(Setting.TLS)).isFalse();
        }

        @Test
        void eachLayerOverridesTheOnesBelowIt() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\n");
            CqlShiftBuilder resolver = CqlShift.configure();
            assertThat(resolver.load().configuration().keyspace()).isEqualTo("quickstart");

            resolver.defaultValue(Setting.KEYSPACE, "from_front_end");
            assertThat(resolver.load().configuration().keyspace()).isEqualTo("from_front_end");

            resolver.configFile(file);
            assertThat(resolver.load().configuration().keyspace()).isEqualTo("from_file");

            resolver.environment(Map.of("CASSANDRA_KEYSPACE", "from_environment"));
            assertThat(resolver.load().configuration().keyspace()).isEqualTo("from_environment");

            resolver.setting(Setting.KEYSPACE, "from_option");
            assertThat(resolver.load().configuration().keyspace()).isEqualTo("from_option");
        }

        @Test
        void theOrderOfCallsDoesNotMatter() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\ncassandra.localDatacenter=dc_file\n");
            Configuration configuration = CqlShift.configure()
                    .setting(Setting.LOCAL_DATACENTER, "dc_option")
                    .environment(Map.of("CASSANDRA_KEYSPACE", "from_environment", "CASSANDRA_LOCAL_DATACENTER", "dc_env"))
                    .configFile(file)
                    .defaultValue(Setting.KEYSPACE, "from_front_end")
                    .load().configuration();
            assertThat(configuration.keyspace()).isEqualTo("from_environment");
            assertThat(configuration.localDatacenter()).isEqualTo("dc_option");
        }

        @Test
        void blankValuesAreTreatedAsUnset() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\ncassandra.localDatacenter=\n");
            Configuration configuration = CqlShift.configure()
                    .setting(Setting.KEYSPACE, "  ")
                    .setting(Setting.LOCAL_DATACENTER, null)
                    .environment(Map.of("CASSANDRA_KEYSPACE", ""))
                    .configFile(file)
                    .load().configuration();
            assertThat(configuration.keyspace()).isEqualTo("from_file");
            assertThat(configuration.localDatacenter()).isEqualTo("datacenter1");
        }

        @Test
        void readsEverySettingFromTheEnvironment() {
            Configuration configuration = CqlShift.configure().environment(Map.of(
                    "CASSANDRA_CONTACT_POINTS", "node1:9142,[::1]",
                    "CASSANDRA_LOCAL_DATACENTER", "eu-west",
                    "CASSANDRA_KEYSPACE", "orders",
                    "CASSANDRA_REPLICATION", "NetworkTopologyStrategy:eu-west=3",
                    "CASSANDRA_USERNAME", "migrator",
                    "CASSANDRA_PASSWORD", PASSWORD,
                    "CASSANDRA_MIGRATIONS", "classpath:db/migrations",
                    "CASSANDRA_SEEDS", "/data/seeds",
                    "CASSANDRA_SCHEMA_AGREEMENT_TIMEOUT", "60",
                    "CASSANDRA_REQUEST_TIMEOUT", " 5 ")).load().configuration();

            assertThat(configuration.contactPoints()).containsExactly(
                    InetSocketAddress.createUnresolved("node1", 9142), InetSocketAddress.createUnresolved("::1", 9042));
            assertThat(configuration.localDatacenter()).isEqualTo("eu-west");
            assertThat(configuration.keyspace()).isEqualTo("orders");
            assertThat(configuration.replication().toCql()).isEqualTo("{'class': 'NetworkTopologyStrategy', 'eu-west': 3}");
            assertThat(configuration.username()).hasValue("migrator");
            assertThat(configuration.password().orElseThrow().reveal()).isEqualTo(PASSWORD);
            assertThat(configuration.migrations()).isEqualTo(Location.classpath("db/migrations"));
            assertThat(configuration.seeds()).isEqualTo(Location.directory(Path.of("/data/seeds")));
            assertThat(configuration.schemaAgreementTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(configuration.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @Nested
    class BadValues {

        @Test
        void nameTheOptionThatGaveThem() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().setting(Setting.REPLICATION, "Simple:3").load().configuration())
                    .withMessage("Invalid cassandra.replication 'Simple:3' from option --replication / cassandra.replication:"
                            + " expected SimpleStrategy:<factor> or NetworkTopologyStrategy:<dc>=<factor>[,<dc>=<factor>...]"
                            + " but found 'Simple:3'")
                    .satisfies(e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION))
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Fix the value; --replication: "
                            + Setting.REPLICATION.description()));
        }

        @Test
        void nameTheEnvironmentVariableThatGaveThem() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .environment(Map.of("CASSANDRA_CONTACT_POINTS", "node1:90420")).load().configuration())
                    .withMessage("Invalid cassandra.contactPoints 'node1:90420' from environment variable"
                            + " CASSANDRA_CONTACT_POINTS: port of contact point 'node1:90420' is out of range 1-65535");
        }

        @Test
        void nameThePropertiesFileThatGaveThem() throws IOException {
            Path file = propertiesFile("cassandra.requestTimeout=10s\n");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().configFile(file).load().configuration())
                    .withMessage("Invalid cassandra.requestTimeout '10s' from property cassandra.requestTimeout in "
                            + file.toAbsolutePath() + ": expected a whole number of seconds");
        }

        @Test
        void nameTheDefaultThatGaveThem() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().defaultValue(Setting.KEYSPACE, "my-app").load().configuration())
                    .withMessageStartingWith("Invalid cassandra.keyspace 'my-app' from default of cassandra.keyspace:"
                            + " expected a keyspace name of letters, digits and underscores");
        }

        @Test
        void rejectTimeoutsThatAreNotPositive() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().setting(Setting.SCHEMA_AGREEMENT_TIMEOUT, "0").load().configuration())
                    .withMessageEndingWith(": expected a positive number of seconds");
        }

        @Test
        void rejectKeyspaceNamesCassandraWouldRefuse() {
            for (String name : new String[] {"1shop", "_shop", "shop-eu", "a".repeat(49), "shop eu"}) {
                assertThatExceptionOfType(ConfigurationException.class).as(name)
                        .isThrownBy(() -> CqlShift.configure().setting(Setting.KEYSPACE, name).load().configuration())
                        .withMessageContaining("expected a keyspace name of letters, digits and underscores,"
                                + " at most 48 characters, starting with a letter, but found '" + name.trim() + "'");
            }
        }

        @Test
        void rejectUpperCaseKeyspaceNamesThatCassandraWouldStoreInLowerCase() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .environment(Map.of("CASSANDRA_KEYSPACE", "MyApp")).load().configuration())
                    .withMessage("Invalid cassandra.keyspace 'MyApp' from environment variable CASSANDRA_KEYSPACE:"
                            + " expected a lower-case keyspace name but found 'MyApp'; CQL folds unquoted names to"
                            + " lower case, so Cassandra would call it 'myapp'");
        }

        @Test
        void aMissingPropertiesFileIsNamed() {
            Path missing = directory.resolve("missing.properties");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().configFile(missing).load())
                    .withMessageStartingWith("Cannot read configuration file " + missing.toAbsolutePath())
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Check that the file exists and is readable."));
        }
    }

    @Nested
    class Credentials {

        @Test
        void takesAUsernameAndAPasswordFromDifferentLayers() throws IOException {
            Path file = propertiesFile("cassandra.password=" + PASSWORD + "\n");
            Configuration configuration = CqlShift.configure()
                    .setting(Setting.USERNAME, "migrator").configFile(file).load().configuration();
            assertThat(configuration.username()).hasValue("migrator");
            assertThat(configuration.password()).hasValue(Secret.of(PASSWORD));
        }

        @Test
        void aUsernameWithoutPasswordNamesWhereTheUsernameCameFrom() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .environment(Map.of("CASSANDRA_USERNAME", "migrator")).load().configuration())
                    .withMessage("A username was given (environment variable CASSANDRA_USERNAME) without a password.")
                    .satisfies(e -> assertThat(e.suggestion())
                            .hasValue("Set --password or CASSANDRA_PASSWORD as well, or neither."));
        }

        @Test
        void aPasswordWithoutUsernameIsReportedWithoutThePassword() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().setting(Setting.PASSWORD, PASSWORD).load().configuration())
                    .withMessage("A password was given (option --password / cassandra.password) without a username.")
                    .satisfies(e -> assertThat(e.suggestion())
                            .hasValue("Set --username or CASSANDRA_USERNAME as well, or neither."));
        }

        @Test
        void thePasswordAppearsInNoMessageAndNoToString() {
            CqlShiftBuilder resolver = CqlShift.configure()
                    .setting(Setting.USERNAME, "migrator")
                    .setting(Setting.PASSWORD, PASSWORD);
            Configuration configuration = resolver.load().configuration();
            assertThat(configuration.toString()).doesNotContain(PASSWORD).contains("password=******");
            assertThat(configuration.password().orElseThrow()).hasToString("******");

            ConfigurationException badKeyspace = catchThrowableOfType(ConfigurationException.class,
                    () -> CqlShift.configure().setting(Setting.USERNAME, "migrator")
                            .setting(Setting.PASSWORD, PASSWORD).setting(Setting.KEYSPACE, "bad-name").load().configuration());
            assertThat(badKeyspace.getMessage() + badKeyspace.suggestion().orElse("")).doesNotContain(PASSWORD);
            ConfigurationException withoutUsername = catchThrowableOfType(ConfigurationException.class,
                    () -> CqlShift.configure().environment(Map.of("CASSANDRA_PASSWORD", PASSWORD)).load().configuration());
            assertThat(withoutUsername.getMessage() + withoutUsername.suggestion().orElse("")).doesNotContain(PASSWORD);
        }
    }

    @Nested
    class Placeholders {

        @Test
        void mergesPropertiesFileEnvironmentAndExplicitPlaceholdersInThatOrder() throws IOException {
            Path file = propertiesFile("cassandra.placeholders.tenant=file\ncassandra.placeholders.region=eu\n"
                    + "cassandra.placeholders.app.owner=billing\n");
            Configuration configuration = CqlShift.configure()
                    .configFile(file)
                    .environment(Map.of("CASSANDRA_PLACEHOLDERS_TENANT", "env", "CASSANDRA_PLACEHOLDERS_TTL_DAYS", "30",
                            "CASSANDRA_KEYSPACE", "shop"))
                    .placeholders(Map.of("ttl_days", "7"))
                    .load().configuration();
            assertThat(configuration.placeholders()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "tenant", "env", "region", "eu", "app.owner", "billing", "ttl_days", "7"));
        }

        @Test
        void keyspaceAndReplicationCannotBeRedefined() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .placeholders(Map.of("keyspace", "other")).load().configuration())
                    .withMessage("Invalid placeholder 'keyspace' from option --placeholders / cassandra.placeholders:"
                            + " placeholder 'keyspace' is defined by the setting of the same name and cannot be redefined")
                    .satisfies(e -> assertThat(e.suggestion()).hasValue(
                            "Rename the placeholder; keyspace and replication come from their own settings."));
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .environment(Map.of("CASSANDRA_PLACEHOLDERS_REPLICATION", "x")).load().configuration())
                    .withMessageStartingWith("Invalid placeholder 'replication' from environment variable"
                            + " CASSANDRA_PLACEHOLDERS_REPLICATION: ");
        }

        @Test
        void namesAScriptCannotWriteAreReportedWithTheirSource() throws IOException {
            Path file = propertiesFile("cassandra.placeholders.team\\ name=billing\n");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure().configFile(file).load().configuration())
                    .withMessage("Invalid placeholder 'team name' from property cassandra.placeholders.team name in "
                            + file.toAbsolutePath() + ": expected a placeholder name of letters, digits, '_', '.'"
                            + " and '-' but found 'team name'");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> CqlShift.configure()
                            .environment(Map.of("CASSANDRA_PLACEHOLDERS_", "x")).load().configuration())
                    .withMessage("Invalid placeholder '' from environment variable CASSANDRA_PLACEHOLDERS_:"
                            + " expected a placeholder name of letters, digits, '_', '.' and '-' but found ''");
        }
    }
}
