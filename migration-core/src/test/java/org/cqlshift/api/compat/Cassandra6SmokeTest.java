package org.cqlshift.api.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.InvalidSeedException;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrate, seed and verify on Cassandra 6 (run by the {@code cassandra-6} surefire execution on a 6.0 node with Accord
 * enabled): the samples, a schema with every kind of column, Accord transactions and constraints.
 */
@Tag("cassandra6")
@ExtendWith(CassandraExtension.class)
class Cassandra6SmokeTest {

    private static final Path SAMPLE_MIGRATIONS = Path.of("..", "migrations");
    private static final Path SAMPLE_SEEDS = Path.of("..", "seeds");

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static EmbeddedCassandra node;
    private static CqlSession session;

    @TempDir
    Path directory;

    @BeforeAll
    static void connect(EmbeddedCassandra embedded) {
        node = embedded;
        session = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                        // Accord refuses the driver's default LOCAL_ONE on transactional tables.
                        .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE")
                        .build())
                .build();
    }

    @AfterAll
    static void disconnect() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theSamplesMigrateSeedAndVerify(TestInfo test) {
        CqlShift shift = configuration(keyspace(test), SAMPLE_MIGRATIONS, SAMPLE_SEEDS);

        assertThat(migrate(shift).applied()).hasSize(3);
        assertThat(seed(shift).rows()).isEqualTo(6);
        assertThat(verify(shift).passed()).isTrue();
        assertThat(count(shift.configuration().keyspace(), "employee")).isEqualTo(4);
    }

    @Test
    void aSchemaWithUdtsCollectionsCountersStaticAndClusteringColumnsMigratesSeedsAndVerifies(TestInfo test)
            throws IOException {
        Path migrations = scripts("""
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                ---
                CREATE TYPE ${keyspace}.address (street text, zip int);
                CREATE TABLE ${keyspace}.customer (
                    region text, id int, since date, region_manager text STATIC,
                    home frozen<address>, tags set<text>, phones list<text>, scores map<text, int>,
                    embedding vector<float, 3>,
                    PRIMARY KEY ((region), id, since)
                ) WITH CLUSTERING ORDER BY (id DESC, since ASC);
                CREATE TABLE ${keyspace}.visits (page text PRIMARY KEY, hits counter);
                """);
        Path seeds = seedFile("customer.yaml", """
                table: customer
                rows:
                  - {region: north, id: 1, since: 2024-01-02, region_manager: Ana, home: {street: Main, zip: 1010},
                     tags: [gold, early], phones: ['+43 1 234'], scores: {q1: 7, q2: 9}, embedding: [0.5, 1, -2]}
                  - {region: north, id: 2, since: 2025-05-06, tags: [], scores: {}}
                """);
        seedFile(seeds, "visits.yaml", "table: visits\nrows:\n  - {page: /home, hits: 3}\n");
        CqlShift shift = configuration(keyspace(test), migrations, seeds);

        migrate(shift);
        assertThat(seed(shift).rows()).isEqualTo(3);
        VerifyReport report = verify(shift);

        assertThat(report.passed()).as(report.toText()).isTrue();
        Row first = session.execute("SELECT region_manager, home, scores FROM " + shift.configuration().keyspace()
                + ".customer WHERE region = 'north' AND id = 1").one();
        assertThat(first.getString("region_manager")).isEqualTo("Ana");
        assertThat(first.getMap("scores", String.class, Integer.class)).isEqualTo(Map.of("q1", 7, "q2", 9));
        assertThat(session.execute("SELECT hits FROM " + shift.configuration().keyspace() + ".visits").one().getLong(0))
                .isEqualTo(3);
    }

    @Test
    void anAccordTransactionInAScriptMovesTheBalanceAsOneStatement(TestInfo test) throws IOException {
        CqlShift shift = configuration(keyspace(test), scripts(ACCOUNTS + TRANSFER.formatted(30)), null);

        migrate(shift);

        assertThat(balances(shift.configuration().keyspace())).isEqualTo(Map.of(1, 70, 2, 40));
    }

    @Test
    void anAccordTransactionWhoseConditionFailsChangesNothing(TestInfo test) throws IOException {
        CqlShift shift = configuration(keyspace(test), scripts(ACCOUNTS + TRANSFER.formatted(500)), null);

        migrate(shift);

        assertThat(balances(shift.configuration().keyspace())).isEqualTo(Map.of(1, 100, 2, 10));
    }

    @Test
    void seedsLoadIntoATransactionalTableWithoutTheUserChoosingAConsistencyLevel(TestInfo test) throws IOException {
        Path migrations = scripts("""
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE ${keyspace}.ledger (account int, entry int, amount int CHECK amount > 0,
                    PRIMARY KEY (account, entry)) WITH transactional_mode = 'full';
                """);
        Path seeds = seedFile("ledger.yaml", """
                table: ledger
                rows:
                  - {account: 1, entry: 1, amount: 10}
                  - {account: 1, entry: 2, amount: 20}
                  - {account: 2, entry: 1, amount: 5}
                """);
        CqlShift shift = configuration(keyspace(test), migrations, seeds);
        migrate(shift);

        assertThat(seed(shift).rows()).isEqualTo(3);

        assertThat(session.execute(SimpleStatement.newInstance("SELECT sum(amount) FROM " + shift.configuration().keyspace()
                + ".ledger").setConsistencyLevel(ConsistencyLevel.QUORUM)).one().getInt(0)).isEqualTo(35);
    }

    @Test
    void aScriptRowViolatingACheckConstraintFailsWithTheServersMessage(TestInfo test) throws IOException {
        CqlShift shift = configuration(keyspace(test), scripts("""
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE ${keyspace}.stock (sku text PRIMARY KEY, quantity int CHECK quantity >= 0);
                INSERT INTO ${keyspace}.stock (sku, quantity) VALUES ('a-1', 5);
                INSERT INTO ${keyspace}.stock (sku, quantity) VALUES ('a-2', -1);
                """), null);

        assertThatThrownBy(() -> migrate(shift))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed at statement 4 of 4")
                .hasMessageContaining("Column value does not satisfy value constraint for column 'quantity'."
                        + " It should be quantity >= 0");
        assertThat(count(shift.configuration().keyspace(), "stock")).isEqualTo(1);
    }

    @Test
    void aSeedRowBreakingACheckConstraintFailsItsFileAtTheValueAndWritesNothing(TestInfo test) throws IOException {
        Path migrations = scripts("""
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE ${keyspace}.stock (sku text PRIMARY KEY, quantity int CHECK quantity >= 0);
                """);
        Path seeds = seedFile("stock.yaml", """
                table: stock
                rows:
                  - {sku: a-1, quantity: 5}
                  - {sku: a-2, quantity: 0}
                  - {sku: a-3, quantity: -1}
                  - {sku: a-4, quantity: 7}
                """);
        CqlShift shift = configuration(keyspace(test), migrations, seeds);
        migrate(shift);

        assertThatThrownBy(() -> seed(shift))
                .isInstanceOfSatisfying(InvalidSeedException.class, error -> {
                    assertThat(error.file()).isEqualTo("stock.yaml");
                    assertThat(error.line()).isEqualTo(5);
                    assertThat(error.column()).isEqualTo(26);
                })
                .hasMessageContaining("'-1' breaks the table's constraint quantity >= 0");
        assertThat(count(shift.configuration().keyspace(), "stock")).isZero();
    }

    @Test
    void verifySkipsATableWithConstraintsAndSaysWhy(TestInfo test) throws IOException {
        CqlShift shift = configuration(keyspace(test), scripts("""
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE ${keyspace}.stock (sku text PRIMARY KEY, quantity int CHECK quantity >= 0);
                """), null);
        migrate(shift);

        VerifyReport report = verify(shift);

        assertThat(report.passed()).as(report.toText()).isTrue();
        assertThat(report.tables().get(0).steps()).singleElement().satisfies(step -> {
            assertThat(step.outcome()).isEqualTo(VerifyReport.Outcome.SKIPPED);
            assertThat(step.detail()).contains("quantity int CHECK quantity >= 0");
        });
        assertThat(count(shift.configuration().keyspace(), "stock")).isZero();
    }

    private static final String ACCOUNTS = """
            CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
            CREATE TABLE ${keyspace}.accounts (id int PRIMARY KEY, balance int CHECK balance >= 0)
                WITH transactional_mode = 'full';
            INSERT INTO ${keyspace}.accounts (id, balance) VALUES (1, 100);
            INSERT INTO ${keyspace}.accounts (id, balance) VALUES (2, 10);
            """;

    private static final String TRANSFER = """
            BEGIN TRANSACTION
              LET source = (SELECT balance FROM ${keyspace}.accounts WHERE id = 1);
              IF source.balance >= %1$d THEN
                UPDATE ${keyspace}.accounts SET balance -= %1$d WHERE id = 1;
                UPDATE ${keyspace}.accounts SET balance += %1$d WHERE id = 2;
              END IF
            COMMIT TRANSACTION;
            """;

    /**
     * A keyspace of this run: 6.0-alpha2 refuses to drop one that holds Accord tables ("Cannot drop keyspace ...
     * as it contains accord tables."), so a rerun on the same node directory cannot reuse the name.
     */
    private static String keyspace(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName().toLowerCase();
        return "c6_" + name.substring(0, Math.min(name.length(), 32)) + "_" + RUN;
    }

    private Path scripts(String script) throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        String[] parts = script.split("---\n");
        for (int i = 0; i < parts.length; i++) {
            Files.writeString(migrations.resolve((i + 1) + "_step.cql"), parts[i]);
        }
        return migrations;
    }

    private Path seedFile(String name, String yaml) throws IOException {
        return seedFile(Files.createDirectories(directory.resolve("seeds")), name, yaml);
    }

    private static Path seedFile(Path seeds, String name, String yaml) throws IOException {
        Files.writeString(seeds.resolve(name), yaml);
        return seeds;
    }

    private static CqlShift configuration(String keyspace, Path migrations, Path seeds) {
        CqlShiftBuilder builder = CqlShift.configure()
                .contactPoints(node.contactPointText())
                .localDatacenter(node.localDatacenter())
                .keyspace(keyspace)
                .requestTimeout(Duration.ofSeconds(60))
                .migrations(migrations)
                .reporter(Reporter.SILENT);
        if (seeds != null) {
            builder.seeds(seeds);
        }
        return builder.load();
    }

    private static MigrationResult migrate(CqlShift shift) {
        return shift.migrate();
    }

    private static SeedResult seed(CqlShift shift) {
        return shift.seed();
    }

    /** The report, whether it passed or not. */
    private static VerifyReport verify(CqlShift shift) {
        try {
            return shift.verify();
        } catch (VerifyException e) {
            return e.report().orElseThrow(() -> e);
        }
    }

    private static long count(String keyspace, String table) {
        return session.execute("SELECT count(*) FROM " + keyspace + "." + table).one().getLong(0);
    }

    private static Map<Integer, Integer> balances(String keyspace) {
        return session.execute(SimpleStatement.newInstance("SELECT id, balance FROM " + keyspace + ".accounts")
                        .setConsistencyLevel(ConsistencyLevel.QUORUM)).all().stream()
                .collect(Collectors.toMap(row -> row.getInt("id"), row -> row.getInt("balance")));
    }
}
