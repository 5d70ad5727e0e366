package org.cqlshift.internal.schema;

import org.cqlshift.internal.ddl.CqlText;

import java.util.List;

/** How a function or aggregate is named among its overloads: {@code plus(int, int)}. */
final class Signatures {

    private Signatures() {
    }

    static String of(String name, List<String> argumentTypes) {
        return CqlText.identifier(name) + "(" + String.join(", ", argumentTypes) + ")";
    }
}
