package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Test;

/**
 * Joins randomly built statements into scripts with random separators and checks that the splitter gives
 * back exactly the statements (with {@code \n} line endings), at the lines and columns where they were written.
 */
class CqlSplitterRoundTripTest {

    private static final String[] WORDS = {"SELECT", "insert", "Update", "ks.t", "k", "v1", "42", "=", "(", ")", ",",
            "{", "}", "[", "]", "+", "*", "WHERE", "AND", "IF", "${keyspace}", "apply", "batch", "begin"};
    /** Words that never end a batch: adjacent "apply batch" outside strings and comments is the batch's end. */
    private static final String[] WORDS_IN_BATCH = {"INSERT", "ks.t", "k", "=", "42", "apply", "begin", "transaction"};
    private static final String STRING_CHARACTERS = "ab ;\"-/*$\n\t{}é";
    private static final String BODY_CHARACTERS = "ab ;'\"-/*\n{}";
    private static final String[] SEPARATORS = {";", ";\n", " ;\n\n", ";\r\n", ";;", "; -- done;\n", ";/* ; */",
            ";\n// next;\n", "\n;\t"};

    @Test
    void randomScriptsSplitBackIntoTheirStatements() {
        for (int seed = 0; seed < 2000; seed++) {
            Random random = new Random(seed);
            List<String> statements = new ArrayList<>();
            List<int[]> positions = new ArrayList<>();
            StringBuilder script = new StringBuilder(random.nextBoolean() ? "" : "-- header;\n  ");
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String statement = statement(random);
                positions.add(position(script));
                statements.add(statement.replace("\r\n", "\n"));
                script.append(statement);
                if (i < count - 1 || random.nextBoolean()) {
                    script.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
            }

            List<CqlStatement> split = CqlSplitter.split("random.cql", script.toString());

            assertThat(split).as("seed %d, script:%n%s", seed, script)
                    .extracting(CqlStatement::text).containsExactlyElementsOf(statements);
            for (int i = 0; i < split.size(); i++) {
                assertThat(new int[] {split.get(i).line(), split.get(i).column()})
                        .as("position of statement %d, seed %d, script:%n%s", i, seed, script)
                        .containsExactly(positions.get(i));
            }
        }
    }

    @Test
    void arbitraryTextEitherSplitsOrFailsWithAPositionInsideTheText() {
        String[] pieces = {"'", "\"", "$$", "$", "/*", "*/", "--", "//", "/", "-", ";", "\n", "\r\n", " ", "a",
                "BEGIN", "BATCH", "APPLY", "TRANSACTION", "COMMIT", "INSERT", "CREATE", "${x}", "é"};
        for (int seed = 0; seed < 5000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String script = text.toString();
            long lines = script.lines().count();
            try {
                List<CqlStatement> statements = CqlSplitter.split("fuzz.cql", script);
                assertThat(statements).as("seed %d", seed)
                        .allSatisfy(statement -> assertThat(statement.text()).isNotBlank().isEqualTo(statement.text().strip()));
            } catch (ScriptException e) {
                assertThat(e.line()).as("seed %d: %s", seed, e.getMessage()).isBetween(1, (int) Math.max(lines, 1));
                assertThat(e.column()).as("seed %d: %s", seed, e.getMessage()).isPositive();
                assertThat(e.getMessage()).startsWith("fuzz.cql:" + e.line() + ":" + e.column() + ": ");
            }
        }
    }

    /** A statement that starts and ends with a word, with strings, identifiers, bodies and comments inside. */
    private static String statement(Random random) {
        if (random.nextInt(8) == 0) {
            return "BEGIN UNLOGGED BATCH " + simpleStatement(random, "INSERT", WORDS_IN_BATCH) + "; "
                    + simpleStatement(random, "update", WORDS_IN_BATCH) + ";\nAPPLY BATCH";
        }
        return simpleStatement(random, "CREATE", WORDS);
    }

    private static String simpleStatement(Random random, String firstWord, String[] words) {
        StringBuilder text = new StringBuilder(firstWord);
        int fragments = random.nextInt(10);
        for (int i = 0; i < fragments; i++) {
            text.append(random.nextBoolean() ? " " : random.nextBoolean() ? "\n  " : "\r\n");
            switch (random.nextInt(7)) {
                case 0 -> text.append('\'').append(quoted(random, STRING_CHARACTERS, '\'')).append('\'');
                case 1 -> text.append('"').append(quoted(random, STRING_CHARACTERS, '"')).append('"');
                case 2 -> text.append("$$").append(randomText(random, BODY_CHARACTERS)).append("$$");
                case 3 -> text.append("/*").append(randomText(random, BODY_CHARACTERS).replace("*", "")).append("*/");
                case 4 -> text.append("-- ").append(randomText(random, "ab;'\" ")).append('\n');
                default -> text.append(words[random.nextInt(words.length)]);
            }
        }
        return text.append(" END").toString();
    }

    private static String quoted(Random random, String characters, char quote) {
        return randomText(random, characters + quote).replace(String.valueOf(quote), "" + quote + quote);
    }

    private static String randomText(Random random, String characters) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(random.nextInt(characters.length())));
        }
        return text.toString();
    }

    /** Line and column of the end of the text, counted naively; the scripts here end lines with \n or \r\n. */
    private static int[] position(CharSequence text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.length() - lineStart + 1};
    }
}
