package org.cqlshift.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.ddl.Tokenizer;

/** User types in an order that creates each after the types it uses; among independent ones, by name. */
final class TypeOrder {

    private TypeOrder() {
    }

    static List<UserType> of(Map<String, UserType> types) {
        Set<String> done = new LinkedHashSet<>();
        for (String name : types.keySet()) {
            visit(name, types, done, new LinkedHashSet<>());
        }
        List<UserType> ordered = new ArrayList<>();
        done.forEach(name -> ordered.add(types.get(name)));
        return ordered;
    }

    private static void visit(String name, Map<String, UserType> types, Set<String> done, Set<String> visiting) {
        if (done.contains(name) || !visiting.add(name)) {
            return;
        }
        for (UserType.Field field : types.get(name).fields()) {
            for (String used : usedTypes(field.type())) {
                if (types.containsKey(used)) {
                    visit(used, types, done, visiting);
                }
            }
        }
        done.add(name);
    }

    /** The names in a type's text, such as {@code address} in {@code frozen<address>}. */
    static Set<String> usedTypes(String type) {
        Set<String> names = new LinkedHashSet<>();
        for (Token token : Tokenizer.tokenize(type)) {
            if (token.isName()) {
                names.add(token.name());
            }
        }
        return names;
    }
}
