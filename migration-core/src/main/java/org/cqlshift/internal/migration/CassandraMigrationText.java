package org.cqlshift.internal.migration;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The script text as cassandra-migration stores it in {@code schema_migration.script}: the file's lines
 * without whole-line {@code --} and {@code //} comments, joined by the platform's line separator. Rows
 * this tool writes hold the same text, and rows cassandra-migration wrote are checked against it.
 */
final class CassandraMigrationText {

    /** A whole-line comment as cassandra-migration 2.6 recognises one (its SINGLE_LINE_COMMENT_PATTERN). */
    static final Pattern LINE_COMMENT = Pattern.compile("\\s*(?:--|//).*");

    private CassandraMigrationText() {
    }

    /** What cassandra-migration would store for a file with this text. */
    static String stored(String fileText) {
        return withoutCommentLines(fileText, System.lineSeparator());
    }

    /** Whether stored history text and a file's text are the same script, whatever line separators each used. */
    static boolean sameScript(String storedText, String fileText) {
        return withoutCommentLines(storedText, "\n").equals(withoutCommentLines(fileText, "\n"));
    }

    private static String withoutCommentLines(String text, String separator) {
        return text.lines()
                .filter(line -> !LINE_COMMENT.matcher(line).matches())
                .collect(Collectors.joining(separator));
    }
}
