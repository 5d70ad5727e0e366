package org.cqlshift.internal.verify;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.internal.verify.VerifyOptions;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.api.verify.VerifyReport.StepReport;
import org.cqlshift.api.verify.VerifyReport.TableReport;
import org.cqlshift.internal.session.ToolTables;

/** Picks the tables of a keyspace from the live schema and verifies them one by one. */
public final class KeyspaceVerifier {

    private final CqlSession session;
    private final String keyspace;
    private final Reporter reporter;

    public KeyspaceVerifier(CqlSession session, String keyspace, Reporter reporter) {
        this.session = session;
        this.keyspace = keyspace;
        this.reporter = reporter;
    }

    public VerifyReport verify(VerifyOptions options) {
        long start = System.nanoTime();
        // Schema metadata is off in the session's configuration; an explicit refresh still loads it.
        KeyspaceMetadata metadata = keyspaceMetadata();
        List<String> toolTables = metadata.getTables().keySet().stream()
                .map(CqlIdentifier::asInternal)
                .filter(ToolTables::isToolTable)
                .sorted()
                .collect(Collectors.toList());
        List<TableMetadata> tables = options.tables().isEmpty()
                ? allUserTables(metadata)
                : namedTables(metadata, options.tables());
        ProbeLedger ledger = new ProbeLedger(session, keyspace, reporter);
        ledger.removeLeftovers();
        SyntheticValues values = new SyntheticValues(new SecureRandom(), session.getContext().getCodecRegistry());
        List<TableReport> reports = new ArrayList<>();
        for (TableMetadata table : tables) {
            if (options.stopWhen().getAsBoolean()) {
                throw new VerifyException("Verify stopped on request before table " + table.getName().asInternal()
                        + "; " + reports.size() + " of " + tables.size() + " tables were verified.",
                        "Run verify again.");
            }
            TableReport report = new TableVerifier(session, table, values, ledger).verify();
            for (StepReport step : report.steps()) {
                reporter.debug("  " + report.table() + " " + step.step() + ": "
                        + step.outcome().name().toLowerCase(Locale.ROOT)
                        + " - " + step.detail());
            }
            reporter.info("Verified " + keyspace + "." + report.table() + ": " + (report.passed() ? "passed" : "FAILED")
                    + " (" + report.elapsed().toMillis() + " ms)");
            reports.add(report);
        }
        return new VerifyReport(keyspace, reports, options.tables().isEmpty() ? toolTables : List.of(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private KeyspaceMetadata keyspaceMetadata() {
        var schema = session.refreshSchema();
        Optional<KeyspaceMetadata> found = schema.getKeyspace(CqlIdentifier.fromInternal(keyspace))
                .or(() -> schema.getKeyspace(CqlIdentifier.fromCql(keyspace)));
        return found.orElseThrow(() -> new ConfigurationException(
                "Keyspace '" + keyspace + "' does not exist, so there is nothing to verify.",
                "Run migrate first, or set " + Setting.KEYSPACE.flag() + " / " + Setting.KEYSPACE.environmentVariable()
                        + " to the keyspace that holds your tables."));
    }

    private List<TableMetadata> allUserTables(KeyspaceMetadata metadata) {
        List<TableMetadata> tables = metadata.getTables().values().stream()
                .filter(t -> !ToolTables.isToolTable(t.getName().asInternal()))
                .sorted(Comparator.comparing(t -> t.getName().asInternal()))
                .collect(Collectors.toList());
        if (tables.isEmpty()) {
            throw new VerifyException(
                    "Keyspace '" + keyspace + "' has no tables to verify (only cqlshift's own history tables"
                            + " or none at all).",
                    "Check that the migrations create your tables and ran against this keyspace ("
                            + Setting.KEYSPACE.flag() + " / " + Setting.KEYSPACE.environmentVariable() + ").");
        }
        return tables;
    }

    private List<TableMetadata> namedTables(KeyspaceMetadata metadata, List<String> names) {
        List<TableMetadata> tables = new ArrayList<>();
        for (String name : names) {
            Optional<TableMetadata> table = metadata.getTable(CqlIdentifier.fromInternal(name))
                    .or(() -> metadata.getTable(CqlIdentifier.fromCql(name)));
            if (table.isEmpty()) {
                boolean view = metadata.getView(CqlIdentifier.fromInternal(name)).isPresent()
                        || metadata.getView(CqlIdentifier.fromCql(name)).isPresent();
                throw new ConfigurationException(view
                        ? "'" + name + "' in keyspace '" + keyspace + "' is a materialized view; views cannot be"
                                + " written and are left out of verify."
                        : "Table '" + name + "' does not exist in keyspace '" + keyspace + "'.",
                        "Name tables of the keyspace: " + userTableNames(metadata) + ".");
            }
            if (ToolTables.isToolTable(table.get().getName().asInternal())) {
                throw new ConfigurationException("Table '" + name + "' is one of cqlshift's own history tables;"
                        + " verify never writes to them.", "Name tables of the keyspace: "
                        + userTableNames(metadata) + ".");
            }
            if (!tables.contains(table.get())) {
                tables.add(table.get());
            }
        }
        return tables;
    }

    private static String userTableNames(KeyspaceMetadata metadata) {
        TreeSet<String> names = metadata.getTables().keySet().stream()
                .map(CqlIdentifier::asInternal)
                .filter(n -> !ToolTables.isToolTable(n))
                .collect(Collectors.toCollection(TreeSet::new));
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }
}
