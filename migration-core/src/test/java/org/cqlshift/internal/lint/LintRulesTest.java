package org.cqlshift.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cqlshift.api.lint.LintFinding;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.schema.CassandraLine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule on a statement it must flag and on one it must leave alone; pure logic, no node. */
class LintRulesTest {

    static final String KEYSPACE = "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n";
    static final String USERS = KEYSPACE + "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text, email text);\n";
    static final String EVENTS = KEYSPACE + "CREATE TYPE ${keyspace}.address (street text, zip int);\n"
            + "CREATE TABLE ${keyspace}.events (day date, at timeuuid, kind text, home frozen<address>,"
            + " PRIMARY KEY ((day), at)) WITH CLUSTERING ORDER BY (at DESC) AND gc_grace_seconds = 3600;\n";

    private static LintFixture after(String applied) {
        return new LintFixture().applied(applied);
    }

    private static LintFinding only(LintResult result, String rule) {
        assertThat(result.findings()).as(result.toText()).extracting(LintFinding::ruleId).containsExactly(rule);
        return result.findings().get(0);
    }

    @Nested
    class ReaddDroppedColumnType {
        @Test
        void aDroppedColumnAddedWithAnotherTypeIsAnError() {
            LintFinding finding = only(after(USERS + "ALTER TABLE ${keyspace}.users DROP name;\n")
                    .lint("ALTER TABLE ${keyspace}.users ADD name int;"), "readd-dropped-column-type");

            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.source()).isEqualTo("migrations/2_test.cql");
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.column()).isEqualTo(40);
            assertThat(finding.message()).contains("dropped with type text", "added again as int");
        }

        @Test
        void aUserTypeMatchesTheTupleTheServerRecordedForIt() {
            assertThat(after(EVENTS + "ALTER TABLE ${keyspace}.events DROP home;\n")
                    .ids("ALTER TABLE ${keyspace}.events ADD home frozen<address>;"))
                    .containsExactly("readd-dropped-column");
        }

        @Test
        void aNewColumnIsNotAReadd() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users ADD nickname text;")).isEmpty();
        }
    }

    @Nested
    class ReaddDroppedColumn {
        @Test
        void aDroppedColumnAddedWithTheSameTypeIsAWarning() {
            LintFinding finding = only(after(USERS + "ALTER TABLE ${keyspace}.users DROP name;\n")
                    .lint("ALTER TABLE ${keyspace}.users ADD name varchar;"), "readd-dropped-column");

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aColumnNeverDroppedIsNoReadd() {
            assertThat(after(USERS + "ALTER TABLE ${keyspace}.users DROP name;\n")
                    .ids("ALTER TABLE ${keyspace}.users ADD surname text;")).isEmpty();
        }
    }

    @Nested
    class PrimaryKeyChange {
        @Test
        void createTableIfNotExistsWithAnotherKeyDoesNothing() {
            LintFinding finding = only(after(USERS).lint("CREATE TABLE IF NOT EXISTS ${keyspace}.users"
                    + " (id uuid, name text, email text, PRIMARY KEY (email, id));"), "primary-key-change");

            assertThat(finding.message()).contains("exists with primary key ((id))", "does nothing");
            assertThat(finding.fix()).contains("Create a new table", "copy the rows");
        }

        @Test
        void droppingAKeyColumnAndReCreatingWithAnotherKeyAreFlagged() {
            assertThat(after(EVENTS).ids("ALTER TABLE ${keyspace}.events DROP at;"))
                    .contains("primary-key-change");
            assertThat(after(EVENTS + "DROP TABLE ${keyspace}.events;\n")
                    .ids("CREATE TABLE ${keyspace}.events (day date, at timeuuid, PRIMARY KEY ((day), at));"))
                    .containsExactly("primary-key-change");
            assertThat(after(EVENTS).ids("ALTER TABLE ${keyspace}.events WITH CLUSTERING ORDER BY (at ASC);"))
                    .containsExactly("primary-key-change");
        }

        @Test
        void theSameKeyAgainIsNoChange() {
            assertThat(after(EVENTS + "DROP TABLE ${keyspace}.events;\n").ids("CREATE TABLE ${keyspace}.events"
                    + " (day date, at timeuuid, PRIMARY KEY ((day), at)) WITH CLUSTERING ORDER BY (at DESC);"))
                    .isEmpty();
        }
    }

    @Nested
    class ColumnTypeChange {
        @Test
        void alterTypeIsAnError() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users ALTER name TYPE blob;"))
                    .containsExactly("column-type-change");
        }

        @Test
        void renamingAColumnIsNoTypeChange() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users RENAME id TO user_id;")).isEmpty();
        }
    }

    @Nested
    class Drops {
        @Test
        void dropTableDropKeyspaceDropColumnAndTruncateAreFlagged() {
            assertThat(after(USERS).ids("DROP TABLE ${keyspace}.users;")).containsExactly("drop-table");
            assertThat(after(USERS).ids("DROP KEYSPACE ${keyspace};")).containsExactly("drop-keyspace");
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users DROP email;")).containsExactly("drop-column");
            assertThat(after(USERS).ids("TRUNCATE ${keyspace}.users;")).containsExactly("truncate");
        }

        @Test
        void dropKeyspaceOfTheMigratedKeyspaceSaysTheHistoryGoesToo() {
            assertThat(only(after(USERS).lint("DROP KEYSPACE ${keyspace};"), "drop-keyspace").message())
                    .contains("the migration history included");
            assertThat(only(after(USERS).lint("DROP KEYSPACE IF EXISTS scratch;"), "drop-keyspace").message())
                    .doesNotContain("history");
        }

        @Test
        void dropIndexAndDataStatementsAreNoDrops() {
            assertThat(after(USERS + "CREATE INDEX users_email ON ${keyspace}.users (email) USING 'sai';\n")
                    .ids("DROP INDEX ${keyspace}.users_email;")).isEmpty();
            assertThat(after(USERS).ids("DELETE FROM ${keyspace}.users WHERE id = 123e4567-e89b-12d3-a456-426614174000;"))
                    .isEmpty();
        }
    }

    @Nested
    class MaterializedView {
        @Test
        void aViewIsFlagged() {
            assertThat(after(USERS).ids("CREATE MATERIALIZED VIEW ${keyspace}.users_by_email AS SELECT * FROM"
                    + " ${keyspace}.users WHERE email IS NOT NULL AND id IS NOT NULL PRIMARY KEY (email, id);"))
                    .containsExactly("materialized-view");
        }

        @Test
        void aTableIsNoView() {
            assertThat(after(USERS).ids("CREATE TABLE ${keyspace}.users_by_email (email text, id uuid,"
                    + " PRIMARY KEY (email, id));")).isEmpty();
        }
    }

    @Nested
    class Indexes {
        @Test
        void sasiIsFlaggedWithTheSaiStatementAsTheFix() {
            LintFinding finding = only(after(USERS).lint("CREATE CUSTOM INDEX users_name ON ${keyspace}.users (name)"
                    + " USING 'org.apache.cassandra.index.sasi.SASIIndex';"), "sasi-index");

            assertThat(finding.fix()).isEqualTo("Use SAI instead: CREATE INDEX users_name ON ${keyspace}.users (name)"
                    .replace("${keyspace}", "app") + " USING 'sai';");
        }

        @Test
        void aLegacyIndexIsFlaggedWhereSaiExistsOnly() {
            assertThat(after(USERS).ids("CREATE INDEX ON ${keyspace}.users (email);"))
                    .containsExactly("secondary-index");
            assertThat(after(USERS).target(CassandraLine.CASSANDRA_4_1)
                    .ids("CREATE INDEX ON ${keyspace}.users (email);")).isEmpty();
        }

        @Test
        void saiIsNeitherSasiNorLegacy() {
            assertThat(after(USERS).ids("CREATE INDEX ON ${keyspace}.users (email) USING 'sai';")).isEmpty();
            assertThat(after(USERS).ids("CREATE CUSTOM INDEX ON ${keyspace}.users (email)"
                    + " USING 'StorageAttachedIndex';")).isEmpty();
        }
    }

    @Nested
    class AllowFiltering {
        @Test
        void allowFilteringIsFlaggedAtItsPosition() {
            LintFinding finding = only(after(USERS).lint("UPDATE ${keyspace}.users SET name = 'x' WHERE id IN\n"
                    + "  (SELECT id FROM ${keyspace}.users WHERE email = 'a' ALLOW FILTERING);"), "allow-filtering");

            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.column()).isEqualTo(55);
        }

        @Test
        void theWordsInAStringAreNotFlagged() {
            assertThat(after(USERS).ids("INSERT INTO ${keyspace}.users (id, name) VALUES"
                    + " (123e4567-e89b-12d3-a456-426614174000, 'allow filtering');")).isEmpty();
        }
    }

    @Nested
    class SimpleStrategyOnSeveralDatacenters {
        @Test
        void simpleStrategyIsAnErrorOnTwoDatacenters() {
            LintFinding finding = only(new LintFixture().cluster(Set.of("dc1", "dc2"), 3)
                    .lint(KEYSPACE), "simple-strategy-multi-dc");

            assertThat(finding.fix()).contains("'dc1': 1, 'dc2': 1", "--replication NetworkTopologyStrategy:dc1=1,dc2=1");
        }

        @Test
        void simpleStrategyOnOneDatacenterAndWithoutAConnectionIsNotFlagged() {
            assertThat(new LintFixture().cluster(Set.of("dc1"), 3).ids(KEYSPACE)).isEmpty();
            LintResult offline = new LintFixture().lint(KEYSPACE);
            assertThat(offline.findings()).isEmpty();
            assertThat(offline.skippedRules()).contains("simple-strategy-multi-dc", "table-count");
        }
    }

    @Nested
    class ReplicationChange {
        @Test
        void aNewReplicationIsFlagged() {
            LintFinding finding = only(after(USERS).lint("ALTER KEYSPACE ${keyspace} WITH replication ="
                    + " {'class': 'SimpleStrategy', 'replication_factor': 3};"), "replication-change");

            assertThat(finding.fix()).contains("nodetool repair --full app");
        }

        @Test
        void theSameReplicationIsNoChange() {
            assertThat(after(USERS).ids("ALTER KEYSPACE ${keyspace} WITH replication ="
                    + " {'class': 'org.apache.cassandra.locator.SimpleStrategy', 'replication_factor': '1'};")).isEmpty();
        }
    }

    @Nested
    class GcGrace {
        @Test
        void zeroIsAnErrorOnCreateAndAlter() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users WITH gc_grace_seconds = 0;"))
                    .containsExactly("gc-grace-zero");
            assertThat(after(KEYSPACE).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH gc_grace_seconds = 0;"))
                    .containsExactly("gc-grace-zero");
        }

        @Test
        void loweringIsAWarningAndRaisingIsNothing() {
            LintFinding finding = only(after(EVENTS).lint("ALTER TABLE ${keyspace}.events WITH gc_grace_seconds = 600;"),
                    "gc-grace-lowered");
            assertThat(finding.message()).contains("from 3600 to 600");
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users WITH gc_grace_seconds = 86400;"))
                    .containsExactly("gc-grace-lowered");
            assertThat(after(EVENTS).ids("ALTER TABLE ${keyspace}.events WITH gc_grace_seconds = 7200;")).isEmpty();
            assertThat(after(KEYSPACE).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH gc_grace_seconds = 60;"))
                    .isEmpty();
        }
    }

    @Nested
    class CompactionChange {
        @Test
        void anotherStrategyOnAnExistingTableIsFlagged() {
            LintFinding finding = only(after(USERS).lint("ALTER TABLE ${keyspace}.users WITH compaction ="
                    + " {'class': 'LeveledCompactionStrategy'};"), "compaction-change");

            assertThat(finding.message()).contains("from SizeTieredCompactionStrategy to LeveledCompactionStrategy");
        }

        @Test
        void theSameStrategyOrANewTableIsNotFlagged() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users WITH compaction ="
                    + " {'class': 'SizeTieredCompactionStrategy', 'min_threshold': 6};")).isEmpty();
            assertThat(after(KEYSPACE).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH compaction ="
                    + " {'class': 'LeveledCompactionStrategy'};")).isEmpty();
        }
    }

    @Nested
    class TableCount {
        @Test
        void aTableNearTheThresholdIsFlagged() {
            LintFinding finding = only(new LintFixture().applied(KEYSPACE).cluster(Set.of("dc1"), 119)
                    .lint("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY);"), "table-count");

            assertThat(finding.message()).contains("120 tables and views", "threshold of 150");
        }

        @Test
        void aTableFarBelowIsNotFlagged() {
            assertThat(new LintFixture().applied(KEYSPACE).cluster(Set.of("dc1"), 20)
                    .ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY);")).isEmpty();
        }
    }

    @Nested
    class QuotedIdentifierCase {
        @Test
        void aQuotedNameWrittenWithoutQuotesIsAnError() {
            LintFinding finding = only(after(KEYSPACE + "CREATE TABLE ${keyspace}.t (k int PRIMARY KEY, \"userId\" int);\n")
                    .lint("CREATE INDEX ON ${keyspace}.t (userId) USING 'sai';"), "quoted-identifier-case");

            assertThat(finding.message()).contains("userId is read as userid", "\"userId\"");
            assertThat(finding.column()).isEqualTo(32);
        }

        @Test
        void theQuotedSpellingAndKeywordsAreFine() {
            String table = KEYSPACE + "CREATE TABLE ${keyspace}.t (k int PRIMARY KEY, \"Key\" int, \"userId\" int);\n";
            assertThat(after(table).ids("CREATE INDEX ON ${keyspace}.t (\"userId\") USING 'sai';")).isEmpty();
            assertThat(after(table).ids("ALTER TABLE ${keyspace}.t WITH comment = 'key';")).isEmpty();
        }
    }

    @Nested
    class IfNotExistsDiffers {
        @Test
        void anExistingTableWithOtherColumnsIsFlagged() {
            LintFinding finding = only(after(USERS).lint("CREATE TABLE IF NOT EXISTS ${keyspace}.users"
                    + " (id uuid PRIMARY KEY, name text, email text, phone text);"), "if-not-exists-differs");

            assertThat(finding.message()).contains("it has no column phone", "do nothing");
        }

        @Test
        void theSameDefinitionIsFine() {
            assertThat(after(USERS).ids("CREATE TABLE IF NOT EXISTS ${keyspace}.users"
                    + " (id uuid PRIMARY KEY, name text, email text);")).isEmpty();
            assertThat(after(USERS).ids(KEYSPACE)).isEmpty();
        }
    }

    @Nested
    class TargetVersion {
        @Test
        void anOptionTheTargetLacksOrRemovedIsAnError() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users WITH read_repair_chance = 0.1;"))
                    .containsExactly("option-not-in-target");
            assertThat(after(USERS).target(CassandraLine.CASSANDRA_4_1)
                    .ids("ALTER TABLE ${keyspace}.users WITH incremental_backups = false;"))
                    .containsExactly("option-not-in-target");
            assertThat(only(after(USERS).lint("ALTER TABLE ${keyspace}.users WITH gc_grace_second = 10;"),
                    "option-not-in-target").fix()).contains("did you mean gc_grace_seconds?");
        }

        @Test
        void optionsOfTheTargetAreFine() {
            assertThat(after(USERS).ids("ALTER TABLE ${keyspace}.users WITH incremental_backups = false"
                    + " AND comment = 'x';")).isEmpty();
        }

        @Test
        void aClassTheTargetLacksIsAnError() {
            assertThat(after(USERS).target(CassandraLine.CASSANDRA_4_1).ids("CREATE TABLE ${keyspace}.t"
                    + " (k int PRIMARY KEY) WITH compaction = {'class': 'UnifiedCompactionStrategy'};"))
                    .containsExactly("class-not-in-target");
            assertThat(after(USERS).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH compaction ="
                    + " {'class': 'DateTieredCompactionStrategy'};")).containsExactly("class-not-in-target");
            assertThat(after(USERS).target(CassandraLine.CASSANDRA_4_1)
                    .ids("CREATE CUSTOM INDEX ON ${keyspace}.users (email) USING 'StorageAttachedIndex';"))
                    .containsExactly("class-not-in-target");
        }

        @Test
        void classesOfTheTargetAndOthersOwnAreFine() {
            assertThat(after(USERS).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH compaction ="
                    + " {'class': 'UnifiedCompactionStrategy'} AND compression = {'class': 'ZstdCompressor'};"))
                    .isEmpty();
            assertThat(after(USERS).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY) WITH compaction ="
                    + " {'class': 'com.example.MyStrategy'};")).isEmpty();
        }

        @Test
        void aFeatureTheTargetLacksIsAnError() {
            assertThat(after(KEYSPACE).target(CassandraLine.CASSANDRA_4_1)
                    .ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY, e vector<float, 3>);"))
                    .containsExactly("feature-not-in-target");
            assertThat(after(KEYSPACE).ids("CREATE TABLE ${keyspace}.t (k int PRIMARY KEY, v int CHECK v > 0);"))
                    .containsExactly("feature-not-in-target");
            assertThat(after(KEYSPACE).ids("CREATE FUNCTION ${keyspace}.f(a int) RETURNS NULL ON NULL INPUT"
                    + " RETURNS int LANGUAGE javascript AS 'a';")).containsExactly("feature-not-in-target");
        }

        @Test
        void featuresOfTheTargetAreFine() {
            assertThat(after(KEYSPACE).target(CassandraLine.CASSANDRA_6_0).ids("CREATE TABLE ${keyspace}.t"
                    + " (k int PRIMARY KEY, v int CHECK v > 0, e vector<float, 3>, s text MASKED WITH DEFAULT)"
                    + " WITH transactional_mode = 'full';")).isEmpty();
        }
    }

    @Nested
    class OptOut {
        @Test
        void anAllowedFindingKeepsItsReasonAndDoesNotCount() {
            LintResult result = after(USERS).lint("-- Old data, copied to users_v2 in 2_copy.cql.\n"
                    + "-- cqlshift:allow drop-table copied to users_v2 and verified\n"
                    + "DROP TABLE ${keyspace}.users;");

            assertThat(result.findings()).isEmpty();
            assertThat(result.allowed()).singleElement().satisfies(allowed -> {
                assertThat(allowed.reason()).isEqualTo("copied to users_v2 and verified");
                assertThat(allowed.finding().ruleId()).isEqualTo("drop-table");
                assertThat(allowed.finding().statement()).isEqualTo(1);
            });
        }

        @Test
        void anUnknownRuleOrAMissingReasonIsAnErrorAtTheComment() {
            LintResult result = after(USERS).lint("-- cqlshift:allow drop-tables gone\n"
                    + "-- cqlshift:allow drop-column\n"
                    + "DROP TABLE ${keyspace}.users;");

            assertThat(result.findings()).extracting(LintFinding::ruleId, LintFinding::line, LintFinding::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("drop-table", 3, 24),
                            org.assertj.core.groups.Tuple.tuple("invalid-allow", 1, 4),
                            org.assertj.core.groups.Tuple.tuple("invalid-allow", 2, 4));
            assertThat(result.findings().get(1).fix()).isEqualTo("Did you mean drop-table?");
        }

        @Test
        void anAllowThatAllowsNothingIsAWarning() {
            LintResult result = after(USERS).lint("-- cqlshift:allow truncate not needed\n"
                    + "ALTER TABLE ${keyspace}.users ADD phone text;");

            assertThat(result.findings()).extracting(LintFinding::ruleId).containsExactly("unused-allow");
            assertThat(result.hasErrors()).isFalse();
        }

        @Test
        void anAllowForAStatementFurtherDownDoesNotReachAcrossStatements() {
            LintResult result = after(USERS).lint("-- cqlshift:allow drop-table reason\n"
                    + "ALTER TABLE ${keyspace}.users ADD phone text;\n"
                    + "DROP TABLE ${keyspace}.users;");

            assertThat(result.findings()).extracting(LintFinding::ruleId)
                    .containsExactlyInAnyOrder("unused-allow", "drop-table");
        }
    }
}
