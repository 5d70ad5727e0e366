package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CassandraMigrationTextTest {

    @Test
    void storedTextDropsWholeLineCommentsOnlyLikeCassandraMigration() {
        String file = "-- header\n  // note\nCREATE TABLE t (id int PRIMARY KEY); -- kept: not a whole line\n"
                + "/* block comments stay */\n";

        assertThat(CassandraMigrationText.stored(file)).isEqualTo(String.join(System.lineSeparator(),
                "CREATE TABLE t (id int PRIMARY KEY); -- kept: not a whole line", "/* block comments stay */"));
    }

    @Test
    void aCommentLineIsWhatCassandraMigrationTakesForOne() {
        java.util.regex.Pattern theirs = java.util.regex.Pattern.compile(
                org.cognitor.cassandra.migration.MigrationRepository.SINGLE_LINE_COMMENT_PATTERN);
        for (String line : java.util.List.of("-- a", "  -- a", "\t// b", "//", "--", "", " ", "a -- b", "a // b",
                "/* c */", "- - d", "/ / e", "CREATE TABLE t (id int) -- f", "  x")) {
            assertThat(CassandraMigrationText.LINE_COMMENT.matcher(line).matches()).as("'%s'", line)
                    .isEqualTo(theirs.matcher(line).matches());
        }
    }

    @Test
    void comparisonIgnoresCommentLinesAndLineSeparatorsButNotStatements() {
        String stored = "CREATE TABLE t (id int PRIMARY KEY);\r\nINSERT INTO t (id) VALUES (1);";

        assertThat(CassandraMigrationText.sameScript(stored,
                "-- added later\nCREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t (id) VALUES (1);\n")).isTrue();
        assertThat(CassandraMigrationText.sameScript(stored,
                "CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t (id) VALUES (2);\n")).isFalse();
    }
}
