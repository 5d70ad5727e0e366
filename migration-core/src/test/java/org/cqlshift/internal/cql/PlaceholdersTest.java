package org.cqlshift.internal.cql;

import org.cqlshift.api.CqlShift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Replication;
import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final String SOURCE = "migrations/1_init.cql";

    private final Placeholders placeholders = new Placeholders(Map.of(
            "keyspace", "shop",
            "replication", "{'class': 'SimpleStrategy', 'replication_factor': 1}",
            "region", "eu-west",
            "app.owner", "billing-team",
            "ttl_days-v2", "30"));

    private String resolve(String text) {
        return placeholders.resolve(SOURCE, new CqlStatement(text, 1, 1)).text();
    }

    /** Splits a script and resolves each statement, as the engine does. */
    private List<CqlStatement> resolveScript(String script) {
        return CqlSplitter.split(SOURCE, script).stream().map(s -> placeholders.resolve(SOURCE, s)).toList();
    }

    @Test
    void replacesEveryPlaceholderWithItsValue() {
        assertThat(resolve("CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication}"))
                .isEqualTo("CREATE KEYSPACE IF NOT EXISTS shop WITH replication ="
                        + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
        assertThat(resolve("CREATE TABLE ${keyspace}.orders_${region} (k int PRIMARY KEY)"))
                .isEqualTo("CREATE TABLE shop.orders_eu-west (k int PRIMARY KEY)");
    }

    @Test
    void namesMayHoldDotsDashesDigitsAndUnderscores() {
        assertThat(resolve("SELECT '${app.owner}', ${ttl_days-v2} FROM t")).isEqualTo("SELECT 'billing-team', 30 FROM t");
    }

    @Test
    void replacesInsideStringsQuotedIdentifiersAndFunctionBodies() {
        assertThat(resolve("INSERT INTO \"${keyspace}\".t (k, v) VALUES (1, 'in ${region}')"))
                .isEqualTo("INSERT INTO \"shop\".t (k, v) VALUES (1, 'in eu-west')");
        assertThat(resolve("CREATE FUNCTION f() RETURNS NULL ON NULL INPUT RETURNS text LANGUAGE java"
                + " AS $$ return \"${region}\"; $$"))
                .endsWith("AS $$ return \"eu-west\"; $$");
    }

    @Test
    void leavesAStatementWithoutPlaceholdersAsItIs() {
        CqlStatement statement = new CqlStatement("SELECT * FROM t WHERE v = '$10'", 4, 2);
        assertThat(placeholders.resolve(SOURCE, statement)).isSameAs(statement);
    }

    @Test
    void keepsThePositionOfTheStatement() {
        CqlStatement resolved = placeholders.resolve(SOURCE, new CqlStatement("USE ${keyspace}", 7, 3));
        assertThat(resolved).isEqualTo(new CqlStatement("USE shop", 7, 3));
    }

    @Test
    void doesNotRescanInsertedValues() {
        Placeholders nested = new Placeholders(Map.of("a", "${b}", "b", "never"));
        assertThat(nested.resolve(SOURCE, new CqlStatement("SELECT '${a}' FROM t", 1, 1)).text())
                .isEqualTo("SELECT '${b}' FROM t");
    }

    @Test
    void dollarBodiesAreNotMistakenForPlaceholders() {
        String body = "CREATE FUNCTION f(a int) RETURNS NULL ON NULL INPUT RETURNS text LANGUAGE java"
                + " AS $${ return \"$\" + \"{\" + a; }$$";
        assertThat(resolve(body)).isEqualTo(body);
        assertThat(resolve("SELECT '${' FROM t")).isEqualTo("SELECT '${' FROM t");
        assertThat(resolve("SELECT '$${keyspace}' FROM t")).isEqualTo("SELECT '$${keyspace}' FROM t");
    }

    @Test
    void anUndefinedPlaceholderIsReportedAtItsPositionInTheFile() {
        String script = "USE ${keyspace};\n\nCREATE TABLE t (\n  k int PRIMARY KEY,\n  v text\n) WITH comment = 'owned by ${team}';\n";
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolveScript(script))
                .withMessage(SOURCE + ":6:28: placeholder ${team} is not defined; defined placeholders:"
                        + " app.owner, keyspace, region, replication, ttl_days-v2")
                .satisfies(e -> assertThat(e.line()).isEqualTo(6))
                .satisfies(e -> assertThat(e.column()).isEqualTo(28))
                .satisfies(e -> assertThat(e.source()).isEqualTo(SOURCE))
                .satisfies(e -> assertThat(e.suggestion()).hasValue("Define it with --placeholders team=VALUE,"
                        + " CASSANDRA_PLACEHOLDERS_TEAM, cassandra.placeholders.team in a properties file"
                        + " or <placeholders><team> in the POM, or correct its name in the script."));
    }

    @Test
    void anUndefinedPlaceholderOnTheStatementsFirstLineCountsFromTheStatementsColumn() {
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolveScript("USE shop;   INSERT INTO t (k) VALUES (${k});"))
                .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(1, 39));
    }

    @Test
    void positionsInCrlfScriptsMatchLfScripts() {
        String script = "USE shop;\n  SELECT *\n  FROM t\n  WHERE v = '${missing}';\n";
        for (String text : List.of(script, script.replace("\n", "\r\n"))) {
            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> resolveScript(text))
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(4, 14));
        }
    }

    @Test
    void anUndefinedPlaceholderIsNeverReplacedByNothing() {
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> new Placeholders(Map.of()).resolve(SOURCE, new CqlStatement("USE ${keyspace}", 1, 1)))
                .withMessage(SOURCE + ":1:5: placeholder ${keyspace} is not defined; defined placeholders: ");
    }

    @Test
    void namesEnvironmentVariablesOnlyForNamesTheyCanDefine() {
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolve("SELECT ${Mixed.Case} FROM t"))
                .satisfies(e -> assertThat(e.suggestion().orElseThrow())
                        .startsWith("Define it with --placeholders Mixed.Case=VALUE, cassandra.placeholders.Mixed.Case")
                        .doesNotContain("CASSANDRA_PLACEHOLDERS_"));
    }

    @Test
    void aMalformedPlaceholderIsReportedAtItsPosition() {
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolve("SELECT * FROM ${key space}.t"))
                .withMessage(SOURCE + ":1:15: found '${key ' where a placeholder ${name} was expected: names are"
                        + " letters, digits, '_', '.' and '-', closed by '}'");
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolve("SELECT * FROM ${}.t"))
                .satisfies(e -> assertThat(e.column()).isEqualTo(15));
        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> resolve("SELECT * FROM t WHERE k = ${keyspace"))
                .withMessageContaining("found '${keyspace' where a placeholder ${name} was expected");
    }

    @Test
    void rejectsNamesThatScriptsCannotWrite() {
        assertThatExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> new Placeholders(Map.of("my name", "x")))
                .withMessage("Placeholder name 'my name' is not valid: expected letters, digits, '_', '.' and '-' only");
        assertThatExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> new Placeholders(Map.of("", "x")));
    }

    @Test
    void aDefinedEmptyValueIsAllowed() {
        assertThat(new Placeholders(Map.of("suffix", "")).resolve(SOURCE, new CqlStatement("DROP TABLE t${suffix}", 1, 1))
                .text()).isEqualTo("DROP TABLE t");
    }

    @Test
    void arbitraryTextEitherResolvesOrFailsAtAPlaceholderInsideTheStatement() {
        String[] pieces = {"$", "{", "}", "$$", "${", "${region}", "${nope}", "a", "-", ".", " ", "\n", "'", "é"};
        for (int seed = 0; seed < 5000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder("X");
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            CqlStatement statement = new CqlStatement(text.toString(), 3, 5);
            int lastLine = 3 + (int) text.chars().filter(c -> c == '\n').count();
            try {
                String resolved = placeholders.resolve(SOURCE, statement).text();
                // A ${region} left in the text is the second half of a $$ pair, as in $${region}.
                for (int at = resolved.indexOf("${region}"); at >= 0; at = resolved.indexOf("${region}", at + 1)) {
                    assertThat(at > 0 && resolved.charAt(at - 1) == '$').as("seed %d, input %s", seed, text).isTrue();
                }
            } catch (ScriptException e) {
                assertThat(e.line()).as("seed %d: %s", seed, e.getMessage()).isBetween(3, lastLine);
                assertThat(e.column()).as("seed %d: %s", seed, e.getMessage()).isPositive();
                assertThat(e.line() > 3 || e.column() > 5).as("seed %d: after the statement's first character", seed)
                        .isTrue();
            }
        }
    }

    @Test
    void configurationGivesKeyspaceReplicationAndTheUsersPlaceholders() {
        Configuration configuration = CqlShift.configure()
                .keyspace("orders")
                .replication("NetworkTopologyStrategy:dc1=3,dc2=2")
                .placeholder("tenant", "acme")
                .load().configuration();
        Placeholders fromConfiguration = Placeholders.of(configuration);
        assertThat(fromConfiguration.resolve(SOURCE, new CqlStatement(
                "CREATE KEYSPACE ${keyspace} WITH replication = ${replication} -- for ${tenant}", 1, 1)).text())
                .isEqualTo("CREATE KEYSPACE orders WITH replication ="
                        + " {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2} -- for acme");
    }
}
