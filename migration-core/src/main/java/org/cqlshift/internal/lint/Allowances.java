package org.cqlshift.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opt-outs written before a statement, one comment line each: {@code -- cqlshift:allow <rule-id> <reason>}. All
 * the comment lines between the previous statement and this one count, blank lines included.
 */
public final class Allowances {

    /** The marker, as users write it. */
    public static final String MARKER = "cqlshift:allow";
    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*(--|//)(.*)$");
    private static final Pattern ALLOW = Pattern.compile("^\\s*" + Pattern.quote(MARKER) + "(?:\\s+(\\S+))?(?:\\s+(.*?))?\\s*$");

    /**
     * One opt-out.
     *
     * @param ruleId the id as written, empty when none was
     * @param reason empty when none was given
     * @param line   the comment's 1-based line
     * @param column the 1-based column of its marker
     */
    public record Allowance(String ruleId, String reason, int line, int column) {
    }

    private Allowances() {
    }

    /**
     * The opt-outs before the statement that starts at {@code line} of the script, in order.
     *
     * @param lines the script's lines
     */
    public static List<Allowance> before(List<String> lines, int line) {
        List<Allowance> found = new ArrayList<>();
        for (int i = line - 2; i >= 0; i--) {
            String text = lines.get(i);
            Matcher comment = COMMENT_LINE.matcher(text);
            if (!comment.matches()) {
                if (text.isBlank()) {
                    continue;
                }
                break;
            }
            Matcher allow = ALLOW.matcher(comment.group(2));
            if (allow.matches()) {
                found.add(0, new Allowance(allow.group(1) == null ? "" : allow.group(1),
                        allow.group(2) == null ? "" : allow.group(2), i + 1, text.indexOf(MARKER) + 1));
            }
        }
        return found;
    }
}
