package org.cqlshift.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One way in which the live keyspace differs from the expected schema.
 *
 * @param change   whether the object is missing from the live keyspace, extra in it, or changed
 * @param object   what kind of object
 * @param name     its qualified name: {@code app.users}, {@code app.users.email}, an option as
 *                 {@code app.users.gc_grace_seconds}, a function with its argument types {@code app.plus(int, int)}
 * @param expected its definition in the expected schema, as CQL writes it; empty when it is extra
 * @param live     its definition in the live keyspace; empty when it is missing
 * @param fix      CQL that brings the live keyspace in line, when CQL can
 * @param note     what to know before applying the fix, or why no CQL can fix it
 */
public record Difference(Change change, SchemaObject object, String name, Optional<String> expected,
                         Optional<String> live, Optional<String> fix, Optional<String> note) {

    /** How the live keyspace differs. */
    public enum Change {
        /** The expected schema has it; the live keyspace does not. */
        MISSING("missing"),
        /** The live keyspace has it; the expected schema does not. */
        EXTRA("extra"),
        /** Both have it, defined differently. */
        CHANGED("changed");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Difference {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(note, "note");
    }

    /**
     * One line, such as {@code extra column app.users.nickname (live: text)}; a definition of several lines (a
     * table's) is left to {@link #expected()}, {@link #live()} and {@link #fix()}.
     */
    public String summary() {
        StringBuilder line = new StringBuilder(change.label()).append(' ').append(object.label()).append(' ')
                .append(name);
        Optional<String> expectedLine = expected.filter(Difference::isOneLine);
        Optional<String> liveLine = live.filter(Difference::isOneLine);
        if (change == Change.CHANGED && (expectedLine.isPresent() || liveLine.isPresent())) {
            line.append(" (expected: ").append(expectedLine.orElse("...")).append("; live: ")
                    .append(liveLine.orElse("...")).append(')');
        } else if (change == Change.EXTRA) {
            liveLine.ifPresent(definition -> line.append(" (live: ").append(definition).append(')'));
        } else if (change == Change.MISSING) {
            expectedLine.ifPresent(definition -> line.append(" (expected: ").append(definition).append(')'));
        }
        return line.toString();
    }

    private static boolean isOneLine(String definition) {
        return definition.indexOf('\n') < 0;
    }
}
