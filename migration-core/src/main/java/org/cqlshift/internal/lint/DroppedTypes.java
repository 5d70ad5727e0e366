package org.cqlshift.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.ddl.Tokenizer;
import org.cqlshift.internal.schema.UserType;

/**
 * Types as the server records a dropped column's: a user type written as the tuple of its fields' types, since the
 * type itself may be dropped later ({@code frozen<address>} is recorded as {@code frozen<tuple<text, int>>}).
 */
public final class DroppedTypes {

    private DroppedTypes() {
    }

    /** Whether a column added with {@code added} has the type recorded for the dropped column. */
    public static boolean same(String added, String dropped, Map<String, List<UserType.Field>> userTypes) {
        return recorded(added, userTypes).equals(recorded(dropped, Map.of()));
    }

    /** The type as the server would record it when the column is dropped. */
    public static String recorded(String type, Map<String, List<UserType.Field>> userTypes) {
        List<Token> tokens = Tokenizer.tokenize(type);
        int[] position = {0};
        return render(tokens, position, userTypes, 0);
    }

    private static String render(List<Token> tokens, int[] position, Map<String, List<UserType.Field>> userTypes,
                                 int depth) {
        if (position[0] >= tokens.size() || depth > 32) {
            return "";
        }
        Token token = tokens.get(position[0]++);
        String name = token.isName() ? token.name() : token.text();
        if (position[0] < tokens.size() && tokens.get(position[0]).isSymbol('.')) {
            position[0]++;
            Token last = tokens.get(position[0]++);
            name = last.name();
        }
        if (position[0] < tokens.size() && tokens.get(position[0]).isSymbol('<')) {
            position[0]++;
            List<String> arguments = new ArrayList<>();
            do {
                arguments.add(render(tokens, position, userTypes, depth + 1));
            } while (position[0] < tokens.size() && tokens.get(position[0]++).isSymbol(','));
            return ("varchar".equals(name) ? "text" : name) + "<" + String.join(", ", arguments) + ">";
        }
        List<UserType.Field> fields = userTypes.get(name);
        if (fields != null) {
            List<String> fieldTypes = new ArrayList<>();
            for (UserType.Field field : fields) {
                fieldTypes.add(recorded(field.type(), userTypes));
            }
            return "tuple<" + String.join(", ", fieldTypes) + ">";
        }
        return "varchar".equals(name) ? "text" : name;
    }
}
