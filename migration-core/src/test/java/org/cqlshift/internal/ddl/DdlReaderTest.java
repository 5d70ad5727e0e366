package org.cqlshift.internal.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.Placeholders;
import org.junit.jupiter.api.Test;

class DdlReaderTest {

    private static Ddl read(String cql) {
        return DdlReader.read(Tokenizer.tokenize(cql));
    }

    @Test
    void createTableReadsColumnsKeyOrderOptionsAndCompactStorage() {
        Ddl.CreateTable table = (Ddl.CreateTable) read("""
                CREATE TABLE IF NOT EXISTS app."Customer" (
                    region TEXT, id int, since date, manager varchar STATIC,
                    home frozen < address >, scores MAP<text,int>, e vector<float, 3>,
                    PRIMARY KEY ((region), id, since)
                ) WITH CLUSTERING ORDER BY (id DESC, since ASC) AND gc_grace_seconds = 3600
                  AND compaction = {'class': 'org.apache.cassandra.db.compaction.LeveledCompactionStrategy',
                                    'sstable_size_in_mb': 160} AND comment = 'it''s'""");

        assertThat(table.ifNotExists()).isTrue();
        assertThat(table.name().keyspaceOr("x")).isEqualTo("app");
        assertThat(table.name().name().name()).isEqualTo("Customer");
        assertThat(table.columns()).extracting(column -> column.name().name() + " " + column.type().text())
                .containsExactly("region text", "id int", "since date", "manager text", "home frozen<address>",
                        "scores map<text, int>", "e vector<float, 3>");
        assertThat(table.columns().get(3).isStatic()).isTrue();
        assertThat(table.columns().get(4).type().userTypes()).containsExactly("address");
        assertThat(table.key().partition()).extracting(Token::name).containsExactly("region");
        assertThat(table.key().clustering()).extracting(Token::name).containsExactly("id", "since");
        assertThat(table.clusteringOrder()).extracting(Ddl.Order::descending).containsExactly(true, false);
        assertThat(DdlReader.literals(table.options())).isEqualTo(Map.of("gc_grace_seconds", "3600",
                "compaction", "{'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': '160'}",
                "comment", "'it''s'"));
        assertThat(((Ddl.CreateTable) read("CREATE TABLE t (k int PRIMARY KEY, v int) WITH COMPACT STORAGE"))
                .compactStorage()).isTrue();
    }

    @Test
    void columnDefinitionsKeepMasksAndConstraintsAsWritten() {
        Ddl.CreateTable table = (Ddl.CreateTable) read("CREATE TABLE t (k int PRIMARY KEY,"
                + " s text MASKED WITH system.mask_inner(1, null), v int CHECK v >= -1 AND  v < 10)");

        assertThat(table.columns().get(1).mask()).hasValue("system.mask_inner(1, null)");
        assertThat(table.columns().get(2).constraint()).hasValue("CHECK v >= -1 AND v < 10");
    }

    @Test
    void alterTableReadsEachAlteration() {
        assertThat(((Ddl.AlterTable) read("ALTER TABLE app.t ADD (a int, b frozen<x>)")).alteration())
                .isInstanceOfSatisfying(Ddl.AddColumns.class, add -> assertThat(add.columns()).hasSize(2));
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t ADD IF NOT EXISTS a int STATIC")).alteration())
                .isInstanceOfSatisfying(Ddl.AddColumns.class, add -> assertThat(add.columns().get(0).isStatic()).isTrue());
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t DROP (a, b) USING TIMESTAMP 5")).alteration())
                .isInstanceOfSatisfying(Ddl.DropColumns.class,
                        drop -> assertThat(drop.columns()).extracting(Token::name).containsExactly("a", "b"));
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t ALTER a TYPE blob")).alteration())
                .isInstanceOf(Ddl.AlterColumnType.class);
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t RENAME a TO b AND c TO d")).alteration())
                .isInstanceOfSatisfying(Ddl.RenameColumns.class,
                        rename -> assertThat(rename.to()).extracting(Token::name).containsExactly("b", "d"));
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t WITH gc_grace_seconds = 10")).alteration())
                .isInstanceOf(Ddl.SetOptions.class);
        assertThat(((Ddl.AlterTable) read("ALTER TABLE t ALTER s MASKED WITH DEFAULT")).alteration())
                .isInstanceOf(Ddl.OtherAlteration.class);
    }

    @Test
    void indexesViewsTypesKeyspacesAndDropsAreRead() {
        Ddl.CreateIndex index = (Ddl.CreateIndex) read("CREATE INDEX IF NOT EXISTS ON t (VALUES(\"Tags\")) USING 'sai'"
                + " WITH OPTIONS = {'case_sensitive': false}");
        assertThat(index.name()).isEmpty();
        assertThat(index.target()).isEqualTo("values(\"Tags\")");
        assertThat(index.using()).hasValueSatisfying(using -> assertThat(using.value()).isEqualTo("sai"));
        assertThat(index.indexOptions()).containsEntry("case_sensitive", "false");

        Ddl.CreateView view = (Ddl.CreateView) read("CREATE MATERIALIZED VIEW v AS SELECT a, b FROM t"
                + " WHERE a IS NOT NULL AND b IS NOT NULL PRIMARY KEY (b, a) WITH CLUSTERING ORDER BY (a DESC)");
        assertThat(view.selected()).extracting(Token::name).containsExactly("a", "b");
        assertThat(view.key().partition()).extracting(Token::name).containsExactly("b");
        assertThat(view.clusteringOrder()).singleElement().satisfies(order -> assertThat(order.descending()).isTrue());

        assertThat(read("ALTER TYPE app.address ADD city text")).isInstanceOfSatisfying(Ddl.AlterType.class,
                alter -> assertThat(alter.added()).isPresent());
        assertThat(read("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SimpleStrategy',"
                + " 'replication_factor': 1} AND durable_writes = false"))
                .isInstanceOfSatisfying(Ddl.CreateKeyspace.class, keyspace -> assertThat(DdlReader.literals(
                        keyspace.options())).containsEntry("durable_writes", "false"));
        assertThat(read("DROP MATERIALIZED VIEW IF EXISTS app.v")).isInstanceOf(Ddl.DropView.class);
        assertThat(read("TRUNCATE TABLE app.t")).isInstanceOf(Ddl.Truncate.class);
        assertThat(read("DROP FUNCTION app.f(int, int)")).isInstanceOf(Ddl.DropFunction.class);
        assertThat(read("CREATE TRIGGER tr ON t USING 'com.example.Trigger'")).isInstanceOf(Ddl.CreateTrigger.class);
    }

    @Test
    void whatItDoesNotFollowIsOther() {
        assertThat(read("SELECT * FROM t WHERE a = 1 ALLOW FILTERING")).isInstanceOf(Ddl.Other.class);
        assertThat(read("CREATE TABEL t (k int PRIMARY KEY)")).isInstanceOf(Ddl.Other.class);
        assertThat(read("CREATE TABLE t (k int PRIMARY KEY")).isInstanceOf(Ddl.Other.class);
        assertThat(read("CREATE ROLE admin WITH PASSWORD = 'x'")).isInstanceOf(Ddl.Other.class);
    }

    @Test
    void placeholdersAreReadAsTheirValuesAtTheirPositionInTheScript() {
        Placeholders placeholders = new Placeholders(Map.of("keyspace", "shop",
                "replication", "{'class': 'NetworkTopologyStrategy', 'dc1': 3}"));
        List<Token> tokens = Tokenizer.tokenize(new CqlStatement("CREATE KEYSPACE ${keyspace}\n"
                + "  WITH replication = ${replication}", 4, 1), placeholders);

        Ddl.CreateKeyspace keyspace = (Ddl.CreateKeyspace) DdlReader.read(tokens);
        assertThat(keyspace.name().name()).isEqualTo("shop");
        assertThat(keyspace.name().line()).isEqualTo(4);
        assertThat(keyspace.name().column()).isEqualTo(17);
        Ddl.Literal replication = DdlReader.option(keyspace.options(), "replication").orElseThrow();
        assertThat(replication.entries()).containsEntry("dc1", "3");
        assertThat(replication.at().line()).isEqualTo(5);
        assertThat(replication.at().column()).isEqualTo(22);
        assertThat(replication.at().fromPlaceholder()).isTrue();
    }

    @Test
    void positionsCountLinesAndCodePointsAfterStringsCommentsAndBodies() {
        List<Token> tokens = Tokenizer.tokenize(new CqlStatement("INSERT INTO t (k, s) -- note\n"
                + "VALUES ('😀 it''s', $$x$$) /* c\n */ IF NOT EXISTS", 2, 5), null);

        Token values = tokens.stream().filter(token -> token.is("VALUES")).findFirst().orElseThrow();
        Token string = tokens.stream().filter(token -> token.kind() == Token.Kind.STRING).findFirst().orElseThrow();
        Token body = tokens.stream().filter(token -> token.kind() == Token.Kind.BODY).findFirst().orElseThrow();
        Token ifToken = tokens.stream().filter(token -> token.is("IF")).findFirst().orElseThrow();
        assertThat(values.line()).isEqualTo(3);
        assertThat(values.column()).isEqualTo(1);
        assertThat(string.value()).isEqualTo("😀 it's");
        assertThat(body.column()).isEqualTo(20);
        assertThat(body.value()).isEqualTo("x");
        assertThat(ifToken.line()).isEqualTo(4);
        assertThat(ifToken.column()).isEqualTo(5);
    }
}
