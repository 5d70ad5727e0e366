package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.migration.ScriptState;
import org.junit.jupiter.api.Test;

/**
 * The docs show the code that the tests of this module run, as written, and every list the docs keep of
 * something the code defines (script states, exit codes) is the code's list.
 */
class DocumentationTest {

    /** The exit code of a process stopped by SIGTERM, which the JVM sets; the others come from the core. */
    private static final int SIGTERM = 143;

    @Test
    void javaApiDocShowsTheTestedExamples() {
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "example");
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "session");
        DocumentedExample.assertDocumentShows("java-api.md", "JavaApiExampleTest.java", "schema-session");
    }

    @Test
    void testingDocShowsTheTestedExample() {
        DocumentedExample.assertDocumentShows("testing.md", "EmployeeTableTest.java", "example");
    }

    @Test
    void everyListOfScriptStatesNamesEveryStateInOrder() throws IOException {
        String states = "(" + ScriptState.labels() + ")";
        assertThat(line(Path.of("README.md"), "| `info")).contains(states);
        assertThat(line(Path.of("docs", "java-api.md"), "| `info()`")).contains(states);
        String table = section(Path.of("docs", "migrations.md"), "## States");
        List<String> documented = Pattern.compile("\\n\\| `([a-z]+)").matcher(table).results()
                .map(match -> match.group(1)).collect(Collectors.toList());
        assertThat(documented).as("the states table of docs/migrations.md")
                .containsExactlyElementsOf(Arrays.stream(ScriptState.values()).map(ScriptState::label).toList());
    }

    @Test
    void everyTableOfExitCodesHoldsTheCodesTheToolExitsWith() throws IOException {
        TreeSet<Integer> codes = ErrorReport.exitCodes().stream().map(code -> Integer.parseInt(code.split(" ")[0]))
                .collect(Collectors.toCollection(TreeSet::new));
        codes.add(SIGTERM);
        Map<Path, String> tables = Map.of(Path.of("README.md"), "## Exit codes",
                Path.of("docs", "architecture.md"), "## Errors and exit codes",
                Path.of("docs", "kubernetes.md"), "## Exit codes");
        for (Map.Entry<Path, String> entry : tables.entrySet()) {
            Path document = entry.getKey();
            String table = section(document, entry.getValue());
            Matcher row = Pattern.compile("\\n\\| (\\d+) \\|").matcher(table);
            TreeSet<Integer> documented = new TreeSet<>();
            while (row.find()) {
                documented.add(Integer.parseInt(row.group(1)));
            }
            assertThat(documented).as("the exit codes of %s", document).isEqualTo(codes);
        }
    }

    /** The first line of a document that starts with the text. */
    private static String line(Path document, String start) throws IOException {
        return Files.readAllLines(document).stream().filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(document + " has no line starting with " + start));
    }

    /** From the heading to the next heading of the same level. */
    private static String section(Path document, String heading) throws IOException {
        String text = Files.readString(document);
        int start = text.indexOf(heading + "\n");
        assertThat(start).as("%s has a section %s", document, heading).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = text.indexOf("\n" + level, start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
