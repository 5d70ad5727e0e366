package org.cqlshift.api.config;

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

class ConfigurationResolverTest {

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
            Configuration configuration = ConfigurationResolver.create().resolve();

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
            Configuration configuration = ConfigurationResolver.create()
                    .explicit(Setting.CONSISTENCY, "ONE")
                    .environment(Map.of("CASSANDRA_REQUEST_TIMEOUT", "30"))
                    .propertiesFile(propertiesFile("cassandra.serialConsistency=SERIAL\n"))
                    .frontEndDefault(Setting.KEYSPACE, "from_front_end")
                    .resolve();

            assertThat(configuration.isExplicit(Setting.CONSISTENCY)).isTrue();
            assertThat(configuration.isExplicit(Setting.REQUEST_TIMEOUT)).isTrue();
            assertThat(configuration.isExplicit(Setting.SERIAL_CONSISTENCY)).isTrue();
            assertThat(configuration.isExplicit(Setting.KEYSPACE)).isFalse();
            assertThat(configuration.isExplicit(Setting.SCHEMA_AGREEMENT_TIMEOUT)).isFalse();
            assertThat(configuration.isExplicit(Setting.TLS)).isFalse();

            Configuration derived = configuration.toBuilder().schemaAgreementTimeout(Duration.ofSeconds(30)).build();
            assertThat(derived.isExplicit(Setting.CONSISTENCY)).isTrue();
            assertThat(derived.isExplicit(Setting.SCHEMA_AGREEMENT_TIMEOUT)).isTrue();
            assertThat(derived.isExplicit(Setting.KEYSPACE)).isFalse();
        }

        @Test
        void eachLayerOverridesTheOnesBelowIt() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\n");
            ConfigurationResolver resolver = ConfigurationResolver.create();
            assertThat(resolver.resolve().keyspace()).isEqualTo("quickstart");

            resolver.frontEndDefault(Setting.KEYSPACE, "from_front_end");
            assertThat(resolver.resolve().keyspace()).isEqualTo("from_front_end");

            resolver.propertiesFile(file);
            assertThat(resolver.resolve().keyspace()).isEqualTo("from_file");

            resolver.environment(Map.of("CASSANDRA_KEYSPACE", "from_environment"));
            assertThat(resolver.resolve().keyspace()).isEqualTo("from_environment");

            resolver.explicit(Setting.KEYSPACE, "from_option");
            assertThat(resolver.resolve().keyspace()).isEqualTo("from_option");
        }

        @Test
        void theOrderOfCallsDoesNotMatter() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\ncassandra.localDc=dc_file\n");
            Configuration configuration = ConfigurationResolver.create()
                    .explicit(Setting.LOCAL_DATACENTER, "dc_option")
                    .environment(Map.of("CASSANDRA_KEYSPACE", "from_environment", "CASSANDRA_LOCAL_DC", "dc_env"))
                    .propertiesFile(file)
                    .frontEndDefault(Setting.KEYSPACE, "from_front_end")
                    .resolve();
            assertThat(configuration.keyspace()).isEqualTo("from_environment");
            assertThat(configuration.localDatacenter()).isEqualTo("dc_option");
        }

        @Test
        void blankValuesAreTreatedAsUnset() throws IOException {
            Path file = propertiesFile("cassandra.keyspace=from_file\ncassandra.localDc=\n");
            Configuration configuration = ConfigurationResolver.create()
                    .explicit(Setting.KEYSPACE, "  ")
                    .explicit(Setting.LOCAL_DATACENTER, null)
                    .environment(Map.of("CASSANDRA_KEYSPACE", ""))
                    .propertiesFile(file)
                    .resolve();
            assertThat(configuration.keyspace()).isEqualTo("from_file");
            assertThat(configuration.localDatacenter()).isEqualTo("datacenter1");
        }

        @Test
        void describesWhereEachValueCameFrom() throws IOException {
            Path file = propertiesFile("cassandra.localDc=dc_file\n");
            ConfigurationResolver resolver = ConfigurationResolver.create()
                    .explicit(Setting.KEYSPACE, "shop")
                    .environment(Map.of("CASSANDRA_REPLICATION", "SimpleStrategy:3"))
                    .propertiesFile(file)
                    .frontEndDefault(Setting.MIGRATIONS, "/project/migrations");

            assertThat(resolver.value(Setting.KEYSPACE).orElseThrow().source()).isEqualTo("option --keyspace / cassandra.keyspace");
            assertThat(resolver.value(Setting.REPLICATION).orElseThrow().source())
                    .isEqualTo("environment variable CASSANDRA_REPLICATION");
            assertThat(resolver.value(Setting.LOCAL_DATACENTER).orElseThrow().source())
                    .isEqualTo("property cassandra.localDc in " + file.toAbsolutePath());
            assertThat(resolver.value(Setting.MIGRATIONS).orElseThrow().source()).isEqualTo("default of cassandra.migrations");
            assertThat(resolver.value(Setting.SEEDS).orElseThrow().text()).isEqualTo("./seeds");
            assertThat(resolver.value(Setting.USERNAME)).isEmpty();
        }

        @Test
        void readsEverySettingFromTheEnvironment() {
            Configuration configuration = ConfigurationResolver.create().environment(Map.of(
                    "CASSANDRA_CONTACT_POINTS", "node1:9142,[::1]",
                    "CASSANDRA_LOCAL_DC", "eu-west",
                    "CASSANDRA_KEYSPACE", "orders",
                    "CASSANDRA_REPLICATION", "NetworkTopologyStrategy:eu-west=3",
                    "CASSANDRA_USERNAME", "migrator",
                    "CASSANDRA_PASSWORD", PASSWORD,
                    "CASSANDRA_MIGRATIONS", "classpath:db/migrations",
                    "CASSANDRA_SEEDS", "/data/seeds",
                    "CASSANDRA_SCHEMA_AGREEMENT_TIMEOUT", "60",
                    "CASSANDRA_REQUEST_TIMEOUT", " 5 ")).resolve();

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
                    .isThrownBy(() -> ConfigurationResolver.create().explicit(Setting.REPLICATION, "Simple:3").resolve())
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
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .environment(Map.of("CASSANDRA_CONTACT_POINTS", "node1:90420")).resolve())
                    .withMessage("Invalid cassandra.contactPoints 'node1:90420' from environment variable"
                            + " CASSANDRA_CONTACT_POINTS: port of contact point 'node1:90420' is out of range 1-65535");
        }

        @Test
        void nameThePropertiesFileThatGaveThem() throws IOException {
            Path file = propertiesFile("cassandra.requestTimeout=10s\n");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().propertiesFile(file).resolve())
                    .withMessage("Invalid cassandra.requestTimeout '10s' from property cassandra.requestTimeout in "
                            + file.toAbsolutePath() + ": expected a whole number of seconds");
        }

        @Test
        void nameTheDefaultThatGaveThem() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().frontEndDefault(Setting.KEYSPACE, "my-app").resolve())
                    .withMessageStartingWith("Invalid cassandra.keyspace 'my-app' from default of cassandra.keyspace:"
                            + " expected a keyspace name of letters, digits and underscores");
        }

        @Test
        void rejectTimeoutsThatAreNotPositive() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().explicit(Setting.SCHEMA_AGREEMENT_TIMEOUT, "0").resolve())
                    .withMessageEndingWith(": schema agreement timeout must be positive, found PT0S");
        }

        @Test
        void rejectKeyspaceNamesCassandraWouldRefuse() {
            for (String name : new String[] {"1shop", "_shop", "shop-eu", "a".repeat(49), "shop eu"}) {
                assertThatExceptionOfType(ConfigurationException.class).as(name)
                        .isThrownBy(() -> ConfigurationResolver.create().explicit(Setting.KEYSPACE, name).resolve())
                        .withMessageContaining("expected a keyspace name of letters, digits and underscores,"
                                + " at most 48 characters, starting with a letter, but found '" + name.trim() + "'");
            }
        }

        @Test
        void rejectUpperCaseKeyspaceNamesThatCassandraWouldStoreInLowerCase() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .environment(Map.of("CASSANDRA_KEYSPACE", "MyApp")).resolve())
                    .withMessage("Invalid cassandra.keyspace 'MyApp' from environment variable CASSANDRA_KEYSPACE:"
                            + " expected a lower-case keyspace name but found 'MyApp'; CQL folds unquoted names to"
                            + " lower case, so Cassandra would call it 'myapp'");
        }

        @Test
        void aMissingPropertiesFileIsNamed() {
            Path missing = directory.resolve("missing.properties");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().propertiesFile(missing))
                    .withMessageStartingWith("Cannot read configuration file " + missing.toAbsolutePath())
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Check that the file exists and is readable."));
        }
    }

    @Nested
    class Credentials {

        @Test
        void takesAUsernameAndAPasswordFromDifferentLayers() throws IOException {
            Path file = propertiesFile("cassandra.password=" + PASSWORD + "\n");
            Configuration configuration = ConfigurationResolver.create()
                    .explicit(Setting.USERNAME, "migrator").propertiesFile(file).resolve();
            assertThat(configuration.username()).hasValue("migrator");
            assertThat(configuration.password()).hasValue(Secret.of(PASSWORD));
        }

        @Test
        void aUsernameWithoutPasswordNamesWhereTheUsernameCameFrom() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .environment(Map.of("CASSANDRA_USERNAME", "migrator")).resolve())
                    .withMessage("A username was given (environment variable CASSANDRA_USERNAME) without a password.")
                    .satisfies(e -> assertThat(e.suggestion())
                            .hasValue("Set --password or CASSANDRA_PASSWORD as well, or neither."));
        }

        @Test
        void aPasswordWithoutUsernameIsReportedWithoutThePassword() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().explicit(Setting.PASSWORD, PASSWORD).resolve())
                    .withMessage("A password was given (option --password / cassandra.password) without a username.")
                    .satisfies(e -> assertThat(e.suggestion())
                            .hasValue("Set --username or CASSANDRA_USERNAME as well, or neither."));
        }

        @Test
        void thePasswordAppearsInNoMessageAndNoToString() {
            ConfigurationResolver resolver = ConfigurationResolver.create()
                    .explicit(Setting.USERNAME, "migrator")
                    .explicit(Setting.PASSWORD, PASSWORD);
            Configuration configuration = resolver.resolve();
            assertThat(configuration.toString()).doesNotContain(PASSWORD).contains("password=******");
            assertThat(configuration.password().orElseThrow()).hasToString("******");
            assertThat(configuration.toBuilder().build().toString()).doesNotContain(PASSWORD);

            ConfigurationException badKeyspace = catchThrowableOfType(ConfigurationException.class,
                    () -> ConfigurationResolver.create().explicit(Setting.USERNAME, "migrator")
                            .explicit(Setting.PASSWORD, PASSWORD).explicit(Setting.KEYSPACE, "bad-name").resolve());
            assertThat(badKeyspace.getMessage() + badKeyspace.suggestion().orElse("")).doesNotContain(PASSWORD);
            ConfigurationException withoutUsername = catchThrowableOfType(ConfigurationException.class,
                    () -> ConfigurationResolver.create().environment(Map.of("CASSANDRA_PASSWORD", PASSWORD)).resolve());
            assertThat(withoutUsername.getMessage() + withoutUsername.suggestion().orElse("")).doesNotContain(PASSWORD);
        }
    }

    @Nested
    class Placeholders {

        @Test
        void mergesPropertiesFileEnvironmentAndExplicitPlaceholdersInThatOrder() throws IOException {
            Path file = propertiesFile("cassandra.placeholders.tenant=file\ncassandra.placeholders.region=eu\n"
                    + "cassandra.placeholders.app.owner=billing\n");
            Configuration configuration = ConfigurationResolver.create()
                    .propertiesFile(file)
                    .environment(Map.of("CASSANDRA_PLACEHOLDER_TENANT", "env", "CASSANDRA_PLACEHOLDER_TTL_DAYS", "30",
                            "CASSANDRA_KEYSPACE", "shop"))
                    .explicitPlaceholders(Map.of("ttl_days", "7"))
                    .resolve();
            assertThat(configuration.placeholders()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "tenant", "env", "region", "eu", "app.owner", "billing", "ttl_days", "7"));
        }

        @Test
        void keyspaceAndReplicationCannotBeRedefined() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .explicitPlaceholders(Map.of("keyspace", "other")).resolve())
                    .withMessage("Invalid placeholder 'keyspace' from option --placeholder / <placeholders>:"
                            + " placeholder 'keyspace' is defined by the setting of the same name and cannot be redefined")
                    .satisfies(e -> assertThat(e.suggestion()).hasValue(
                            "Rename the placeholder; keyspace and replication come from their own settings."));
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .environment(Map.of("CASSANDRA_PLACEHOLDER_REPLICATION", "x")).resolve())
                    .withMessageStartingWith("Invalid placeholder 'replication' from environment variable"
                            + " CASSANDRA_PLACEHOLDER_REPLICATION: ");
        }

        @Test
        void namesAScriptCannotWriteAreReportedWithTheirSource() throws IOException {
            Path file = propertiesFile("cassandra.placeholders.team\\ name=billing\n");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create().propertiesFile(file).resolve())
                    .withMessage("Invalid placeholder 'team name' from property cassandra.placeholders.team name in "
                            + file.toAbsolutePath() + ": expected a placeholder name of letters, digits, '_', '.'"
                            + " and '-' but found 'team name'");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ConfigurationResolver.create()
                            .environment(Map.of("CASSANDRA_PLACEHOLDER_", "x")).resolve())
                    .withMessage("Invalid placeholder '' from environment variable CASSANDRA_PLACEHOLDER_:"
                            + " placeholder name must not be empty");
        }
    }
}
