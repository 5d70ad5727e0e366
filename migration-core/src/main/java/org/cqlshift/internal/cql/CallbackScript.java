package org.cqlshift.internal.cql;

import java.util.List;
import java.util.Objects;
import org.cqlshift.api.callback.Event;

/**
 * A callback script of the migrations folder, split into statements with the placeholders resolved.
 *
 * @param fileName   the file name alone, such as {@code beforeMigrate__grants.cql}
 * @param source     where it was read, as shown to users
 * @param statements its statements, placeholders resolved, each at its line and column in the file
 */
public record CallbackScript(Event event, String fileName, String source, List<CqlStatement> statements) {

    public CallbackScript {
        Objects.requireNonNull(event, "event");
        statements = List.copyOf(statements);
    }
}
