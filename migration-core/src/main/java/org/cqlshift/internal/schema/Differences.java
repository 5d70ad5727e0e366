package org.cqlshift.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaObject;

/** Collects differences in order, with the shorthand the comparisons need. */
final class Differences {

    private final List<Difference> found = new ArrayList<>();

    void missing(SchemaObject object, String name, String expected, String fix, String note) {
        add(Difference.Change.MISSING, object, name, expected, null, fix, note);
    }

    void extra(SchemaObject object, String name, String live, String fix, String note) {
        add(Difference.Change.EXTRA, object, name, null, live, fix, note);
    }

    void changed(SchemaObject object, String name, String expected, String live, String fix, String note) {
        add(Difference.Change.CHANGED, object, name, expected, live, fix, note);
    }

    private void add(Difference.Change change, SchemaObject object, String name, String expected, String live,
                     String fix, String note) {
        found.add(new Difference(change, object, name, Optional.ofNullable(expected), Optional.ofNullable(live),
                Optional.ofNullable(fix), Optional.ofNullable(note)));
    }

    List<Difference> list() {
        return List.copyOf(found);
    }
}
