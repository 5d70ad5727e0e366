package org.cqlshift.internal.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cqlshift.api.cql.ScriptException;

/**
 * Splits a CQL script into statements at the semicolons that end them. A small scanner, not a parser:
 * it knows enough of CQL's lexical rules to tell a terminating {@code ;} from one inside a comment
 * ({@code --}, {@code //}, {@code /* *}{@code /}), a string ({@code '...'} with {@code ''}), a quoted
 * identifier ({@code "..."} with {@code ""}) or a {@code $$...$$} function body, and it keeps
 * {@code BEGIN [UNLOGGED|COUNTER|LOGGED] BATCH ... APPLY BATCH} and
 * {@code BEGIN TRANSACTION ... COMMIT TRANSACTION} whole. Statements are returned with {@code \n} line
 * endings whatever the script uses.
 */
public final class CqlSplitter {

    private CqlSplitter() {
    }

    /**
     * @param source the script's path or resource, for error messages
     * @param text   the script
     * @throws ScriptException at the position where an unterminated construct started
     */
    public static List<CqlStatement> split(String source, String text) {
        return new Scanner(source, text).statements();
    }

    private enum Block {
        BATCH("APPLY", "BATCH"),
        TRANSACTION("COMMIT", "TRANSACTION");

        final String closingFirstWord;
        final String closingSecondWord;

        Block(String closingFirstWord, String closingSecondWord) {
            this.closingFirstWord = closingFirstWord;
            this.closingSecondWord = closingSecondWord;
        }

        String closing() {
            return closingFirstWord + " " + closingSecondWord;
        }
    }

    /** The statements a batch may hold; anything else after a {@code ;} inside a batch means APPLY BATCH is missing. */
    private static final Set<String> BATCH_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "APPLY");
    private static final Set<String> BATCH_KINDS = Set.of("UNLOGGED", "COUNTER", "LOGGED");
    private static final int EXCERPT_LENGTH = 40;

    private static final class Scanner {
        private final String source;
        private final String text;
        private final List<CqlStatement> statements = new ArrayList<>();
        private int pos;

        // Position cache: statement starts only move forward, so positions are computed incrementally.
        private int knownOffset;
        private TextPosition knownPosition = TextPosition.START;

        // The statement being scanned.
        private int start;
        private int end;
        private final List<String> leadingWords = new ArrayList<>(3);
        private int tokenCount;
        private String previousWord;
        private Block block;
        private boolean blockClosed;
        private String openingWords;
        private int closingStart;
        private String closingWords;
        private boolean atInnerStatementStart;

        Scanner(String source, String text) {
            this.source = source;
            this.text = text;
            resetStatement();
        }

        List<CqlStatement> statements() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c) || c == '\uFEFF') {
                    pos++;
                } else if (startsWith("--") || startsWith("//")) {
                    skipLineComment();
                } else if (startsWith("/*")) {
                    skipBlockComment();
                } else if (c == ';' && (block == null || blockClosed)) {
                    finishStatement();
                    pos++;
                } else {
                    scanToken(c);
                }
            }
            if (block != null && !blockClosed) {
                throw unclosedBlock("the end of the script");
            }
            finishStatement();
            return List.copyOf(statements);
        }

        private void scanToken(char c) {
            int tokenStart = pos;
            if (blockClosed) {
                TextPosition at = positionOf(tokenStart);
                throw new ScriptException(source, at.line(), at.column(),
                        "found " + excerpt(tokenStart) + " after " + closingWords + "; expected ';'",
                        "End the " + (block == Block.BATCH ? "batch" : "transaction") + " with '" + closingWords
                                + ";' and start the next statement after the ';'.");
            }
            if (start < 0) {
                start = tokenStart;
            }
            String word = null;
            if (c == ';') {
                pos++;
                atInnerStatementStart = true;
            } else if (c == '\'') {
                skipQuoted('\'', "string", "Close the string with a ' (a quote inside a string is written '').");
            } else if (c == '"') {
                skipQuoted('"', "quoted identifier",
                        "Close the identifier with a \" (a double quote inside it is written \"\").");
            } else if (startsWith("$$")) {
                skipDollarBody();
            } else if (isWordCharacter(c)) {
                while (pos < text.length() && isWordCharacter(text.charAt(pos))) {
                    pos++;
                }
                word = text.substring(tokenStart, pos).toUpperCase(Locale.ROOT);
            } else {
                pos++;
            }
            end = pos;
            onToken(tokenStart, word);
        }

        private void onToken(int tokenStart, String word) {
            tokenCount++;
            if (tokenCount <= 3) {
                leadingWords.add(word);
                detectBlockOpening();
            }
            if (block != null && word != null) {
                if (atInnerStatementStart) {
                    checkInnerStatement(tokenStart, word);
                }
                if (block.closingFirstWord.equals(previousWord) && block.closingSecondWord.equals(word)) {
                    blockClosed = true;
                    closingWords = text.substring(closingStart, pos);
                }
                if (block.closingFirstWord.equals(word)) {
                    closingStart = tokenStart;
                }
            }
            if (word != null || text.charAt(tokenStart) != ';') {
                atInnerStatementStart = false;
            }
            previousWord = word;
        }

        private void detectBlockOpening() {
            if (block != null || !"BEGIN".equals(leadingWords.get(0)) || leadingWords.size() < 2) {
                return;
            }
            String second = leadingWords.get(1);
            if (second == null) {
                return;
            }
            if ("BATCH".equals(second)
                    || (leadingWords.size() == 3 && BATCH_KINDS.contains(second) && "BATCH".equals(leadingWords.get(2)))) {
                block = Block.BATCH;
            } else if ("TRANSACTION".equals(second)) {
                block = Block.TRANSACTION;
            }
            if (block != null) {
                openingWords = text.substring(start, pos).replaceAll("\\s+", " ");
            }
        }

        private void checkInnerStatement(int tokenStart, String word) {
            boolean misplaced = block == Block.BATCH ? !BATCH_STATEMENTS.contains(word) : "BEGIN".equals(word);
            if (misplaced) {
                TextPosition found = positionOf(tokenStart);
                throw unclosedBlock(text.substring(tokenStart, pos) + " at line " + found.line() + ", column "
                        + found.column() + (block == Block.BATCH ? " (a batch holds only INSERT, UPDATE and DELETE)" : ""));
            }
        }

        private ScriptException unclosedBlock(String found) {
            TextPosition at = positionOf(start);
            return new ScriptException(source, at.line(), at.column(),
                    openingWords + " is never closed: expected " + block.closing() + " but found " + found,
                    "End the " + (block == Block.BATCH ? "batch" : "transaction") + " with " + block.closing() + ";");
        }

        private void finishStatement() {
            if (start >= 0) {
                TextPosition at = positionOf(start);
                statements.add(new CqlStatement(LineEndings.normalize(text.substring(start, end)), at.line(),
                        at.column()));
            }
            resetStatement();
        }

        private void resetStatement() {
            start = -1;
            end = -1;
            leadingWords.clear();
            tokenCount = 0;
            previousWord = null;
            block = null;
            blockClosed = false;
            openingWords = null;
            closingWords = null;
            atInnerStatementStart = false;
        }

        private void skipLineComment() {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
        }

        private void skipBlockComment() {
            int close = text.indexOf("*/", pos + 2);
            if (close < 0) {
                TextPosition at = positionOf(pos);
                throw new ScriptException(source, at.line(), at.column(),
                        "block comment /* is never closed: expected */ but found the end of the script",
                        "Close the comment with */.");
            }
            pos = close + 2;
        }

        private void skipQuoted(char quote, String what, String suggestion) {
            int opening = pos;
            int i = pos + 1;
            while (true) {
                int close = text.indexOf(quote, i);
                if (close < 0) {
                    TextPosition at = positionOf(opening);
                    throw new ScriptException(source, at.line(), at.column(),
                            what + " " + excerpt(opening) + " is never closed: expected a closing " + quote
                                    + " but found the end of the script",
                            suggestion);
                }
                if (close + 1 < text.length() && text.charAt(close + 1) == quote) {
                    i = close + 2;
                } else {
                    pos = close + 1;
                    return;
                }
            }
        }

        private void skipDollarBody() {
            int close = text.indexOf("$$", pos + 2);
            if (close < 0) {
                TextPosition at = positionOf(pos);
                throw new ScriptException(source, at.line(), at.column(),
                        "function body " + excerpt(pos) + " is never closed: expected a closing $$"
                                + " but found the end of the script",
                        "Close the body with $$.");
            }
            pos = close + 2;
        }

        private boolean startsWith(String prefix) {
            return text.startsWith(prefix, pos);
        }

        /** The start of the text at {@code offset}, up to the end of its line, for messages. */
        private String excerpt(int offset) {
            int lineEnd = offset;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(offset, lineEnd).strip();
            return line.length() <= EXCERPT_LENGTH ? line : line.substring(0, EXCERPT_LENGTH) + "...";
        }

        private TextPosition positionOf(int offset) {
            if (offset < knownOffset) {
                return TextPosition.START.advance(text, offset);
            }
            knownPosition = knownPosition.advance(text, knownOffset, offset);
            knownOffset = offset;
            return knownPosition;
        }

        private static boolean isWordCharacter(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
