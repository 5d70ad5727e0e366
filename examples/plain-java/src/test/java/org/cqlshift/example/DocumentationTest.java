package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.ScriptState;
import org.junit.jupiter.api.Test;

/**
 * The docs show the code that the tests of this module run, as written, and every list the docs keep of
 * something the code defines (script states, exit codes and their meanings, setting spellings) is the code's
 * list.
 */
class DocumentationTest {

    /** The exit code of a process stopped by SIGTERM, which the JVM sets; the others come from the core. */
    private static final int SIGTERM = 143;

    /** Flags of other commands that the pages show: {@code nodetool repair --full}. */
    private static final Set<String> OTHER_TOOLS_FLAGS = Set.of("--full");

    /** The docs' dependency snippets name the version the root POM builds, the one place it is written. */
    @Test
    void everyDependencySnippetNamesTheBuiltVersion() throws IOException {
        Matcher revision = Pattern.compile("<revision>([^<]+)</revision>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(revision.find()).as("the root POM's revision").isTrue();
        Pattern snippet = Pattern.compile(
                "<groupId>org\\.cqlshift</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int snippets = 0;
        for (Path page : pages) {
            Matcher dependency = snippet.matcher(Files.readString(page));
            while (dependency.find()) {
                snippets++;
                assertThat(dependency.group(2)).as("the version of %s in %s", dependency.group(1), page)
                        .isEqualTo(revision.group(1));
            }
        }
        assertThat(snippets).as("dependency snippets in the docs").isPositive();
    }

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
        List<String> documented = Pattern.compile("\\n\\| `([a-z-]+)").matcher(table).results()
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
        Map<Integer, String> meanings = meanings();
        for (Map.Entry<Path, String> entry : tables.entrySet()) {
            Path document = entry.getKey();
            String table = section(document, entry.getValue());
            Matcher row = Pattern.compile("\\n\\| (\\d+) \\| ([^|]*)").matcher(table);
            TreeSet<Integer> documented = new TreeSet<>();
            while (row.find()) {
                int code = Integer.parseInt(row.group(1));
                documented.add(code);
                if (meanings.containsKey(code)) {
                    assertThat(row.group(2)).as("the meaning of exit code %d in %s", code, document)
                            .startsWith(meanings.get(code));
                }
            }
            assertThat(documented).as("the exit codes of %s", document).isEqualTo(codes);
        }
    }

    /** The pages of diff, schema and lint spell every setting they name as {@link Setting} does. */
    @Test
    void schemaAndLintPagesNameOnlySettingsThatExist() throws IOException {
        Set<String> flags = new TreeSet<>(Set.of("--help", "--version"));
        flags.addAll(OTHER_TOOLS_FLAGS);
        Set<String> properties = new TreeSet<>(Set.of("cassandra.yaml"));
        Set<String> parameters = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        Set<String> springProperties = new TreeSet<>();
        for (Setting setting : Setting.values()) {
            if (setting.isOfferedBy(FrontEnd.RUNNER)) {
                flags.add(setting.flag());
            }
            if (setting.isOfferedBy(FrontEnd.MAVEN_PLUGIN)) {
                properties.add(setting.property());
                parameters.add("<" + setting.key() + ">");
            }
            if (setting.isOfferedBy(FrontEnd.RUNNER) || setting.isOfferedBy(FrontEnd.MAVEN_PLUGIN)) {
                variables.add(setting.environmentVariable());
            }
            if (setting.isOfferedBy(FrontEnd.SPRING_BOOT)) {
                springProperties.add(setting.springProperty());
            }
        }
        for (String page : List.of("schema.md", "lint.md")) {
            String text = Files.readString(Path.of("docs", page));
            assertThat(matches(text, "(?<![\\w-])--[a-z][a-z-]*[a-z]")).as("the flags of docs/%s", page)
                    .isSubsetOf(flags);
            String withoutDashD = text.replace("-Dcassandra.", " cassandra.");
            assertThat(matches(withoutDashD, "(?<![\\w.])cassandra\\.[a-z][\\w.]*[A-Za-z]"))
                    .as("the Maven properties of docs/%s", page).isSubsetOf(properties);
            assertThat(matches(text, "<[a-z]+[A-Z][A-Za-z]*>")).as("the Maven parameters of docs/%s", page)
                    .isSubsetOf(parameters);
            assertThat(matches(text, "CASSANDRA_[A-Z_]*[A-Z]")).as("the environment variables of docs/%s", page)
                    .isSubsetOf(variables);
            assertThat(matches(text, "(?<![\\w.])cqlshift\\.[a-z][\\w.-]*[a-z]"))
                    .as("the Spring Boot properties of docs/%s", page).isSubsetOf(springProperties);
        }
    }

    private static Map<Integer, String> meanings() {
        Map<Integer, String> meanings = new TreeMap<>();
        for (String code : ErrorReport.exitCodes()) {
            String[] parts = code.split(" ", 2);
            meanings.put(Integer.parseInt(parts[0]), parts[1]);
        }
        return meanings;
    }

    private static Set<String> matches(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().map(MatchResult::group)
                .collect(Collectors.toCollection(TreeSet::new));
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
