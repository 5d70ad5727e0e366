package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps a document's code block and a test's code one text: the code between {@code // tag::NAME[]} and
 * {@code // end::NAME[]} in a test source, with its common indentation removed, must appear as it is in the document.
 */
final class DocumentedExample {

    private static final Path TEST_SOURCES = Path.of("examples/plain-java/src/test/java/org/cqlshift/example");
    private static final Path DOCS = Path.of("docs");

    private DocumentedExample() {
    }

    static void assertDocumentShows(String document, String testSource, String tag) {
        String example = snippet(read(TEST_SOURCES.resolve(testSource)), tag);
        assertThat(read(DOCS.resolve(document)))
                .as("docs/%s must show the code tagged '%s' in %s, as written there", document, tag, testSource)
                .contains(example);
    }

    static String snippet(String source, String tag) {
        List<String> lines = source.lines().collect(Collectors.toList());
        int start = indexOf(lines, "// tag::" + tag + "[]") + 1;
        int end = indexOf(lines, "// end::" + tag + "[]");
        List<String> body = lines.subList(start, end);
        int indent = body.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return body.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("No line '" + marker + "'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
