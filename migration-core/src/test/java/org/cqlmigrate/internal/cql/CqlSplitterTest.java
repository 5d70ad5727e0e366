package org.cqlmigrate.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cqlmigrate.api.cql.ScriptException;
import org.junit.jupiter.api.Test;

class CqlSplitterTest {

    private static List<CqlStatement> split(String text) {
        return CqlSplitter.split("V1.cql", text);
    }

    private static List<String> texts(String text) {
        return split(text).stream().map(CqlStatement::text).toList();
    }

    @Test
    void splitsAtSemicolonsAndTrims() {
        assertThat(texts("CREATE TABLE a (k int PRIMARY KEY);\n  INSERT INTO a (k) VALUES (1) ;\n"))
                .containsExactly("CREATE TABLE a (k int PRIMARY KEY)", "INSERT INTO a (k) VALUES (1)");
    }

    @Test
    void keepsBatchWhole() {
        assertThat(texts("BEGIN BATCH\n INSERT INTO t (k) VALUES (1);\n INSERT INTO t (k) VALUES (2);\nAPPLY BATCH;\nSELECT 1;"))
                .containsExactly("BEGIN BATCH\n INSERT INTO t (k) VALUES (1);\n INSERT INTO t (k) VALUES (2);\nAPPLY BATCH",
                        "SELECT 1");
    }

    @Test
    void reportsUnterminatedString() {
        assertThatThrownBy(() -> split("SELECT 1;\nINSERT INTO t (k) VALUES ('abc);"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("V1.cql:2:27: string 'abc); is never closed");
    }
}
