package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedFileReaderTest {

    private final List<String> tables = new ArrayList<>();
    private final List<SeedValue.Mapping> rows = new ArrayList<>();

    private void read(String yaml) throws IOException {
        new SeedFileReader("t.yaml").read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                new SeedFileReader.Handler() {
                    @Override
                    public void table(String keyspace, String table, SeedValue.Scalar tableNode) {
                        tables.add(keyspace + "." + table);
                    }

                    @Override
                    public void row(SeedValue.Mapping row) {
                        rows.add(row);
                    }
                });
    }

    private static SeedValue.Scalar scalar(SeedValue node) {
        return (SeedValue.Scalar) node;
    }

    @Test
    void keepsScalarsAsWrittenSoTheColumnTypeDecides() throws IOException {
        read("table: t\nrows:\n  - {d: 2026-03-01, q: '2026-03-01', b: 0xCAFE, n: 007, f: 1.50, t: yes, x: 13:30:00}\n");
        SeedValue.Mapping row = rows.get(0);
        assertThat(scalar(row.entries().get("d")).text()).isEqualTo("2026-03-01");
        assertThat(scalar(row.entries().get("q")).text()).isEqualTo("2026-03-01");
        assertThat(scalar(row.entries().get("b")).text()).isEqualTo("0xCAFE");
        assertThat(scalar(row.entries().get("n")).text()).isEqualTo("007");
        assertThat(scalar(row.entries().get("f")).text()).isEqualTo("1.50");
        assertThat(scalar(row.entries().get("t")).text()).isEqualTo("yes");
        assertThat(scalar(row.entries().get("x")).text()).isEqualTo("13:30:00");
    }

    @Test
    void tellsAnExplicitNullFromTheTextNull() throws IOException {
        read("table: t\nrows:\n  - {a: null, b: ~, c: 'null', d: , e: ''}\n");
        SeedValue.Mapping row = rows.get(0);
        assertThat(scalar(row.entries().get("a")).isNull()).isTrue();
        assertThat(scalar(row.entries().get("b")).isNull()).isTrue();
        assertThat(scalar(row.entries().get("c")).isNull()).isFalse();
        assertThat(scalar(row.entries().get("d")).isNull()).isTrue();
        assertThat(scalar(row.entries().get("e")).isNull()).isFalse();
        assertThat(scalar(row.entries().get("e")).text()).isEmpty();
    }

    @Test
    void readsSeveralDocumentsAndKeepsPositions() throws IOException {
        read("table: a\nkeyspace: ks\nrows:\n  - {id: 1}\n---\ntable: b\nrows:\n  - id: 2\n    name: x\n---\n");
        assertThat(tables).containsExactly("ks.a", "null.b");
        assertThat(rows).hasSize(2);
        SeedValue name = rows.get(1).entries().get("name");
        assertThat(name.line()).isEqualTo(9);
        assertThat(name.column()).isEqualTo(11);
    }

    @Test
    void rejectsADuplicateKeyInARowWithBothPositions() {
        assertThatThrownBy(() -> read("table: t\nrows:\n  - {id: 1, name: a, id: 2}\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("duplicate key 'id'")
                .hasMessageContaining("first at line 3, column 6")
                .satisfies(e -> assertThat(((SeedInputProblem) e).inFile("f.yaml").line()).isEqualTo(3));
    }

    @Test
    void rejectsADuplicateKeyInANestedMap() {
        assertThatThrownBy(() -> read("table: t\nrows:\n  - id: 1\n    tags:\n      a: 1\n      a: 2\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("duplicate key 'a'")
                .satisfies(e -> assertThat(((SeedInputProblem) e).inFile("f.yaml").line()).isEqualTo(6));
    }

    @Test
    void reportsMalformedYamlWithItsPosition() {
        assertThatThrownBy(() -> read("table: t\nrows:\n  - {id: 1, name: [a, b}\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("malformed YAML")
                .satisfies(e -> assertThat(((SeedInputProblem) e).inFile("f.yaml").line()).isEqualTo(3));
    }

    @Test
    void nullIsAnUnquotedNullTildeOrNothingAndAQuotedNullIsText() throws IOException {
        read("table: t\nrows:\n  - {a: null, b: ~, c: , d: NULL, e: 'null', f: \"~\", g: nULL, h: !!null x}\n");
        SeedValue.Mapping row = rows.get(0);
        assertThat(List.of("a", "b", "c", "d", "h")).allSatisfy(key ->
                assertThat(scalar(row.entries().get(key)).isNull()).as(key).isTrue());
        assertThat(List.of("e", "f", "g")).allSatisfy(key ->
                assertThat(scalar(row.entries().get(key)).isNull()).as(key).isFalse());
        assertThat(scalar(row.entries().get("e")).text()).isEqualTo("null");
    }

    @Test
    void refusesAnAliasAtItsPositionRatherThanReadingItsName() {
        assertThatThrownBy(() -> read("table: t\nrows:\n  - {id: 1, city: &c Osaka}\n  - {id: 2, city: *c}\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("the alias *c is not read")
                .satisfies(e -> assertThat(((SeedInputProblem) e).inFile("f.yaml").line()).isEqualTo(4))
                .satisfies(e -> assertThat(((SeedInputProblem) e).inFile("f.yaml").column()).isEqualTo(19));
    }

    @Test
    void refusesBinaryTagsAndNestingDeeperThanAnyType() {
        assertThatThrownBy(() -> read("table: t\nrows:\n  - {b: !!binary aGVsbG8=}\n"))
                .hasMessageContaining("!!binary");
        assertThatThrownBy(() -> read("table: t\nrows:\n  - {l: " + "[".repeat(500) + "]".repeat(500) + "}\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("nested more than 200 levels");
    }

    @Test
    void asksForTableBeforeRows() {
        assertThatThrownBy(() -> read("rows:\n  - {id: 1}\ntable: t\n"))
                .isInstanceOf(SeedInputProblem.class)
                .hasMessageContaining("'rows' comes before 'table'");
    }

    @Test
    void rejectsUnknownDocumentKeysAndMissingTable() {
        assertThatThrownBy(() -> read("table: t\nrow:\n  - {id: 1}\n"))
                .hasMessageContaining("unknown key 'row'");
        assertThatThrownBy(() -> read("keyspace: k\n"))
                .hasMessageContaining("has no 'table'");
    }
}
