package org.cqlshift.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.DroppedTypes;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.KnownTable;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.UserType;

/** The columns an ADD brings back after a drop, with the type each was dropped with. */
final class ReaddedColumns {

    record Readded(Ddl.ColumnDef column, String droppedType, boolean sameType, String table) {
    }

    private ReaddedColumns() {
    }

    static List<Readded> of(LintStatement statement, KnownSchema schema, LintContext context) {
        List<Readded> readded = new ArrayList<>();
        if (!(statement.ddl() instanceof Ddl.AlterTable alter) || !(alter.alteration() instanceof Ddl.AddColumns add)) {
            return readded;
        }
        KnownTable table = schema.table(alter.name(), context.keyspace()).orElse(null);
        if (table == null) {
            return readded;
        }
        Map<String, List<UserType.Field>> types = schema.keyspace(alter.name().keyspaceOr(context.keyspace()))
                .map(KnownSchema.Keyspace::types).orElse(Map.of());
        for (Ddl.ColumnDef column : add.columns()) {
            String dropped = table.dropped().get(column.name().name());
            if (dropped != null && table.column(column.name().name()).isEmpty()) {
                readded.add(new Readded(column, dropped, DroppedTypes.same(column.type().text(), dropped, types),
                        alter.name().written()));
            }
        }
        return readded;
    }
}
