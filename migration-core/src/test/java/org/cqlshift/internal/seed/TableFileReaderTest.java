package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqlshift.api.seed.InvalidSeedException;
import org.junit.jupiter.api.Test;

/** CSV and JSON seed files: the table from the file name, rows as nodes with their positions. */
class TableFileReaderTest {

    private final List<String> tables = new ArrayList<>();
    private final List<SeedValue.Mapping> rows = new ArrayList<>();

    private void read(String file, String text) throws IOException {
        new SeedFileReader(file).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
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

    private static InvalidSeedException problemIn(String file, String text) {
        try {
            new TableFileReaderTest().read(file, text);
        } catch (SeedInputProblem problem) {
            return problem.inFile(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem reported for " + file);
    }

    private static String text(SeedValue node) {
        return ((SeedValue.Scalar) node).text();
    }

    @Test
    void csvTakesTheTableFromTheFileNameAndKeepsCellsAsText() throws IOException {
        read("dev/app.employee.csv", "emp_id,ename,sal\n1,LyubovK,2555.50\n2,\"Jiri, K\",\n");
        assertThat(tables).containsExactly("app.employee");
        assertThat(rows).hasSize(2);
        assertThat(text(rows.get(0).entries().get("sal"))).isEqualTo("2555.50");
        assertThat(text(rows.get(1).entries().get("ename"))).isEqualTo("Jiri, K");
        assertThat(((SeedValue.Scalar) rows.get(1).entries().get("sal")).isNull()).isTrue();
        SeedValue ename = rows.get(1).entries().get("ename");
        assertThat(ename.line()).isEqualTo(3);
    }

    @Test
    void jsonArrayAndJsonLinesGiveTheSameRows() throws IOException {
        read("employee.json", "[\n  {\"emp_id\": 1, \"ename\": \"LyubovK\", \"tags\": [\"a\"]},\n  {\"emp_id\": 2, \"ename\": null}\n]\n");
        read("employee.jsonl", "{\"emp_id\": 1, \"ename\": \"LyubovK\", \"tags\": [\"a\"]}\n{\"emp_id\": 2, \"ename\": null}\n");
        assertThat(tables).containsExactly("null.employee", "null.employee");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).entries().get("tags")).isInstanceOf(SeedValue.Sequence.class);
        assertThat(((SeedValue.Scalar) rows.get(3).entries().get("ename")).isNull()).isTrue();
        SeedValue second = rows.get(1).entries().get("ename");
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.column()).isEqualTo(26);
        assertThat(rows.get(3).line()).isEqualTo(2);
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        InvalidSeedException e = problemIn("employee.jsonl", "{\"emp_id\": 1}\n{\"emp_id\": 2,, \"x\": 1}\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.getMessage()).contains("employee.jsonl, line 2, column 14").contains("malformed JSON Lines");
    }

    @Test
    void reportsADuplicateJsonKeyAtTheSecondKey() {
        InvalidSeedException e = problemIn("employee.json", "[{\"emp_id\": 1,\n  \"emp_id\": 2}]");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("duplicate key 'emp_id'");
    }

    @Test
    void rejectsAJsonFileThatIsNotAnArrayOfRows() {
        assertThat(problemIn("employee.json", "{\"emp_id\": 1}").getMessage()).contains("must be an array of rows");
        InvalidSeedException e = problemIn("employee.json", "[{\"emp_id\": 1},\n 7]");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("a row must be an object");
    }

    @Test
    void reportsACsvRowWithTooManyOrTooFewCellsAtItsLine() {
        InvalidSeedException tooMany = problemIn("employee.csv", "emp_id,ename\n1,a\n2,b,c\n");
        assertThat(tooMany.line()).isEqualTo(3);
        assertThat(tooMany.getMessage()).contains("malformed CSV");
        InvalidSeedException tooFew = problemIn("employee.csv", "emp_id,ename\n1,a\n2\n");
        assertThat(tooFew.line()).isEqualTo(3);
    }

    @Test
    void reportsAnUnclosedCsvQuote() {
        InvalidSeedException e = problemIn("employee.csv", "emp_id,ename\n1,\"a\n");
        assertThat(e.getMessage()).contains("malformed CSV");
        assertThat(e.line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aCsvCellHoldsCollectionsAndUdtsAsJson() throws IOException {
        read("m.csv", "id,tags,attrs\n1,\"[\"\"a\"\",\"\"b\"\"]\",\"{\"\"k\"\": \"\"v\"\"}\"\n");
        ValueConverter converter = new ValueConverter(CodecRegistry.DEFAULT);
        SeedValue.Mapping row = rows.get(0);
        assertThat(converter.forType(DataTypes.setOf(DataTypes.TEXT)).convert(row.entries().get("tags")))
                .isEqualTo(Set.of("a", "b"));
        assertThat(converter.forType(DataTypes.mapOf(DataTypes.TEXT, DataTypes.TEXT))
                .convert(row.entries().get("attrs")))
                .isEqualTo(Map.of("k", "v"));
        SeedValue bad = new SeedValue.Scalar("[1, 2", false, 4, 9);
        assertThatThrownBy(() -> converter.forType(DataTypes.listOf(DataTypes.INT)).convert(bad))
                .isInstanceOf(ValueConverter.Mismatch.class)
                .hasMessageContaining("not valid JSON")
                .satisfies(e -> assertThat(((ValueConverter.Mismatch) e).at().line()).isEqualTo(4));
    }
}
