package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Statements as Cassandra's CQL documentation writes them, split out of one script. */
class CqlSplitterCassandraDocsTest {

    private static final List<String> STATEMENTS = List.of(
            """
            CREATE KEYSPACE excalibur
               WITH replication = {'class': 'NetworkTopologyStrategy', 'DC1' : 1, 'DC2' : 3}
               AND durable_writes = false""",
            "USE excalibur",
            """
            CREATE TABLE monkey_species (
                species text PRIMARY KEY,
                common_name text,
                population varint,
                average_size int
            ) WITH comment='Important biological records'""",
            """
            CREATE TABLE timeline (
                userid uuid,
                posted_month int,
                posted_time uuid,
                body text,
                posted_by text,
                PRIMARY KEY (userid, posted_month, posted_time)
            ) WITH compaction = { 'class' : 'LeveledCompactionStrategy' }""",
            """
            CREATE TABLE loads (
                machine inet,
                cpu int,
                mtime timeuuid,
                load float,
                PRIMARY KEY ((machine, cpu), mtime)
            ) WITH CLUSTERING ORDER BY (mtime DESC)""",
            """
            CREATE TYPE address (
                street text,
                city text,
                zip text,
                phones map<text, frozen<phone>>
            )""",
            "CREATE INDEX userIndex ON NerdMovies (user)",
            "CREATE INDEX ON users (keys(favs))",
            """
            CREATE CUSTOM INDEX ON users (email)
               USING 'path.to.the.IndexClass'
               WITH OPTIONS = {'storage': '/mnt/ssd/indexes/'}""",
            """
            CREATE CUSTOM INDEX lastname_sai_idx ON cycling.cyclist_semi_pro (lastname)
               USING 'StorageAttachedIndex'
               WITH OPTIONS = {'case_sensitive': 'false', 'normalize': 'true', 'ascii': 'true'}""",
            """
            CREATE MATERIALIZED VIEW monkeySpecies_by_population AS
               SELECT * FROM monkeySpecies
               WHERE population IS NOT NULL AND species IS NOT NULL
               PRIMARY KEY (population, species)
               WITH comment='Allow query by population instead of species'""",
            """
            CREATE OR REPLACE FUNCTION averageState(state tuple<int,bigint>, val int)
                CALLED ON NULL INPUT
                RETURNS tuple<int,bigint>
                LANGUAGE java
                AS $$
                    if (val != null) {
                        state.setInt(0, state.getInt(0)+1);
                        state.setLong(1, state.getLong(1)+val.intValue());
                    }
                    return state;
                $$""",
            """
            CREATE OR REPLACE FUNCTION averageFinal (state tuple<int,bigint>)
                CALLED ON NULL INPUT
                RETURNS double
                LANGUAGE java
                AS $$
                    double r = 0;
                    if (state.getInt(0) == 0) return null;
                    r = state.getLong(1);
                    r /= state.getInt(0);
                    return Double.valueOf(r);
                $$""",
            """
            CREATE OR REPLACE AGGREGATE average(int)
                SFUNC averageState
                STYPE tuple<int,bigint>
                FINALFUNC averageFinal
                INITCOND (0, 0)""",
            """
            CREATE FUNCTION fct_using_udt ( udtarg frozen<custom_type> )
                RETURNS NULL ON NULL INPUT
                RETURNS text
                LANGUAGE java
                AS $$ return udtarg.getString("txt"); $$""",
            """
            CREATE FUNCTION greeting (name text)
                RETURNS NULL ON NULL INPUT
                RETURNS text
                LANGUAGE java
                AS 'return "It''s " + name + "; welcome";'""",
            """
            BEGIN BATCH
               INSERT INTO users (userid, password, name) VALUES ('user2', 'ch@ngem3b', 'second user');
               UPDATE users SET password = 'ps22dhds' WHERE userid = 'user3';
               INSERT INTO users (userid, password) VALUES ('user4', 'ch@ngem3c');
               DELETE name FROM users WHERE userid = 'user1';
            APPLY BATCH""",
            """
            INSERT INTO mytable JSON '{ "\\"myKey\\"": 0, "value": 0}'""",
            "INSERT INTO NerdMovies (movie, director, main_actor, year) VALUES ('Serenity', 'Joss Whedon', 'Nathan Fillion', 2005) USING TTL 86400",
            "UPDATE users SET favs['author'] = 'Ed Poe' WHERE id = 'jsmith'",
            "UPDATE users SET favs = favs + { 'movie' : 'Cassablanca', 'band' : 'Beatles' } WHERE id = 'jsmith'",
            "UPDATE images SET tags = tags + { 'gray', 'cuddly' } WHERE name = 'cat.jpg'",
            "UPDATE plays SET scores = scores + [ 14, 21 ] WHERE id = '123-afde'",
            "UPDATE plays SET scores[1] = 7 WHERE id = '123-afde'",
            "DELETE scores[1] FROM plays WHERE id = '123-afde'",
            "ALTER TABLE addamsFamily ADD gravesite varchar",
            "ALTER TABLE addamsFamily WITH comment = 'A most excellent and useful table'",
            "CREATE ROLE alice WITH PASSWORD = 'password_a' AND LOGIN = true",
            "CREATE ROLE carlos WITH OPTIONS = { 'custom_option1' : 'option1_value', 'custom_option2' : 99 }",
            "GRANT SELECT ON ALL KEYSPACES TO data_reader",
            "GRANT MODIFY ON KEYSPACE keyspace1 TO data_writer",
            "GRANT EXECUTE ON FUNCTION keyspace1.user_function( int ) TO report_writer",
            """
            BEGIN TRANSACTION
              LET fromBalance = (SELECT account_balance FROM cycling.cyclist_accounts WHERE account_holder = 'Alice MAYS');
              IF fromBalance.account_balance >= 20 THEN
                UPDATE cycling.cyclist_accounts SET account_balance -= 20 WHERE account_holder = 'Alice MAYS';
                UPDATE cycling.cyclist_accounts SET account_balance += 20 WHERE account_holder = 'Bob PICKLE';
              END IF
            COMMIT TRANSACTION""");

    @Test
    void splitsTheDocumentationsStatementsBackApart() {
        StringBuilder script = new StringBuilder("-- statements from the CQL documentation\n\n");
        List<Integer> expectedLines = new ArrayList<>();
        for (String statement : STATEMENTS) {
            script.append("// ").append(statement.lines().findFirst().orElseThrow()).append('\n');
            expectedLines.add((int) script.chars().filter(c -> c == '\n').count() + 1);
            script.append(statement).append(";\n\n");
        }

        List<CqlStatement> statements = CqlSplitter.split("docs.cql", script.toString());

        assertThat(statements).extracting(CqlStatement::text).containsExactlyElementsOf(STATEMENTS);
        assertThat(statements).extracting(CqlStatement::line).containsExactlyElementsOf(expectedLines);
        assertThat(statements).allSatisfy(s -> assertThat(s.column()).isEqualTo(1));
    }

    @Test
    void splitsTheSameStatementsWrittenOnOneLine() {
        String script = String.join(";", STATEMENTS);
        assertThat(CqlSplitter.split("docs.cql", script)).extracting(CqlStatement::text)
                .containsExactlyElementsOf(STATEMENTS);
    }
}
