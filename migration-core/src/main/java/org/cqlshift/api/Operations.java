package org.cqlshift.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.export.ExportListener;
import org.cqlshift.api.export.ExportResult;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.RepairMode;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDocument;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.cql.ScriptDiscovery;
import org.cqlshift.internal.cql.ScriptKindDiscovery;
import org.cqlshift.internal.export.ExportOptions;
import org.cqlshift.internal.export.PeriodicExportProgress;
import org.cqlshift.internal.export.TableExporter;
import org.cqlshift.internal.lint.Linter;
import org.cqlshift.internal.migration.Callbacks;
import org.cqlshift.internal.migration.MigrateOptions;
import org.cqlshift.internal.migration.MigrationEngine;
import org.cqlshift.internal.schema.CassandraLine;
import org.cqlshift.internal.schema.ReplaySettings;
import org.cqlshift.internal.schema.SchemaDiffer;
import org.cqlshift.internal.schema.SchemaExport;
import org.cqlshift.internal.seed.PeriodicProgress;
import org.cqlshift.internal.seed.SeedEngine;
import org.cqlshift.internal.seed.SeedOptions;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.internal.verify.KeyspaceVerifier;
import org.cqlshift.internal.verify.VerifyOptions;

/**
 * The operations of {@link CqlShift} on an open connection, with the settings turned into the engines' options
 * and the {@link StopRule} applied: a seed file or a verify round trip in progress finishes, and up stops between
 * its steps.
 */
final class Operations {

    /** How often a progress line is reported when no listener is given. */
    private static final Duration PROGRESS_LINE_INTERVAL = Duration.ofSeconds(5);

    private final Configuration configuration;
    private final CqlShiftBuilder.Loaded loaded;

    Operations(Configuration configuration, CqlShiftBuilder.Loaded loaded) {
        this.configuration = configuration;
        this.loaded = loaded;
    }

    /** Lints the scripts about to run against the live keyspace and the cluster's release, then applies them. */
    MigrationResult migrate(CassandraConnection connection) {
        return engine(connection).migrate(new MigrateOptions(configuration.dryRun(), configuration.target(),
                configuration.lockWaitTimeout(), loaded.stopRule().followsShutdown(),
                pending -> Linter.lintBeforeRun(connection.session(), connection.configuration().keyspace(), pending,
                        Placeholders.of(configuration), Optional.empty())),
                new Callbacks(connection, loaded.reporter(), loaded.callbacks(), true));
    }

    MigrationInfo info(CassandraConnection connection) {
        return engine(connection).info();
    }

    MigrationInfo validate(CassandraConnection connection) {
        return engine(connection).validate();
    }

    MigrationInfo baseline(CassandraConnection connection) {
        int version = configuration.baselineVersion().orElseThrow(() -> required(Setting.BASELINE_VERSION,
                "the version of the last script the keyspace's schema already holds"));
        return engine(connection).baseline(version);
    }

    MigrationInfo repair(CassandraConnection connection) {
        String reason = configuration.repairReason().orElseThrow(() -> required(Setting.REPAIR_REASON,
                "why the history is repaired; it is kept in the history"));
        return engine(connection).repair(reason, configuration.markApplied() ? RepairMode.MARK_APPLIED
                : RepairMode.RESUME);
    }

    /**
     * Loads the seed files between the beforeSeed and afterSeed callbacks; a stop request lets the file in progress
     * finish and starts no other.
     */
    SeedResult seed(CassandraConnection connection) {
        SeedListener listener = loaded.seedListener() != null ? loaded.seedListener()
                : new PeriodicProgress(loaded.reporter(), PROGRESS_LINE_INTERVAL);
        SeedOptions options = new SeedOptions(configuration.seedMode(), configuration.seedForce(),
                configuration.seedConcurrency());
        StopRule stop = loaded.stopRule();
        return new Callbacks(connection, loaded.reporter(), loaded.callbacks(), false).aroundSeed(() ->
                stop.during(StopRule.Phase.SEED_FILE, () -> new SeedEngine(connection, loaded.reporter(),
                        stop.stoppingBetweenFiles(listener)).seed(options)));
    }

    /**
     * A CRUD round trip on the tables; a stop request lets the table in progress finish and starts no other.
     *
     * @throws org.cqlshift.api.verify.VerifyException carrying the report, when a table failed
     */
    VerifyReport verify(CassandraConnection connection) {
        VerifyReport report = verifyTables(connection);
        report.requirePassed();
        return report;
    }

    private VerifyReport verifyTables(CassandraConnection connection) {
        StopRule stop = loaded.stopRule();
        return stop.during(StopRule.Phase.VERIFY_TABLES, () -> new KeyspaceVerifier(connection.session(),
                connection.configuration().keyspace(), loaded.reporter())
                .verify(VerifyOptions.builder().tables(configuration.verifyTables()).stopWhen(stop::requested).build()));
    }

    ExportResult export(CassandraConnection connection) {
        String table = configuration.exportTable().orElseThrow(() -> required(Setting.EXPORT_TABLE,
                "the table to export, [keyspace.]table"));
        Path output = configuration.exportOutput().orElseThrow(() -> required(Setting.EXPORT_OUTPUT,
                "the seed file to write"));
        ExportListener listener = loaded.exportListener() != null ? loaded.exportListener()
                : new PeriodicExportProgress(loaded.reporter(), PROGRESS_LINE_INTERVAL);
        ExportOptions options = ExportOptions.builder(table, output).where(configuration.exportWhere().orElse(null))
                .format(configuration.exportFormat()).pageSize(configuration.exportPageSize()).build();
        return new TableExporter(connection.session(), connection.configuration().keyspace(), loaded.reporter(),
                listener).export(options);
    }

    /**
     * The live keyspace against the schema its applied scripts build, or against {@link Setting#DIFF_AGAINST}.
     *
     * @throws org.cqlshift.api.schema.SchemaDriftException carrying the diff, when there is a difference
     */
    SchemaDiff diff(CassandraConnection connection) {
        SchemaDiffer differ = new SchemaDiffer(connection.session(), connection.configuration().keyspace(),
                loaded.reporter());
        SchemaDiff diff = configuration.diffAgainst()
                .map(file -> differ.againstFile(file, replaySettings()))
                .orElseGet(() -> differ.againstScripts(scriptsOfEveryKind(), Placeholders.of(configuration),
                        replaySettings()));
        return diff.requireNoDifference();
    }

    /** The live keyspace's schema, written to {@link Setting#SCHEMA_OUTPUT} if given. */
    SchemaDocument schema(CassandraConnection connection) {
        return written(SchemaExport.fromLive(connection.session(), connection.configuration().keyspace()));
    }

    /** The schema every script builds, replayed on a throw-away node without connecting to the cluster. */
    SchemaDocument schemaFromScripts() {
        return written(SchemaExport.fromScripts(scripts(), Placeholders.of(configuration), configuration.keyspace(),
                replaySettings(), loaded.reporter()));
    }

    private SchemaDocument written(SchemaDocument document) {
        configuration.schemaOutput().ifPresent(file -> {
            document.writeTo(file);
            loaded.reporter().info("Wrote the schema of keyspace " + document.keyspace() + ", from "
                    + document.source() + ", to " + file + ".");
        });
        return document;
    }

    /**
     * The pending scripts against the live keyspace, and the cluster's release unless
     * {@link Setting#EMBEDDED_VERSION} is given.
     *
     * @throws org.cqlshift.api.lint.LintException carrying the result, when there is an error and
     *     {@link Setting#LINT_ERRORS} is {@code fail}
     */
    LintResult lint(CassandraConnection connection) {
        return failOnErrors(Linter.lintPending(connection.session(), connection.configuration().keyspace(),
                scriptsOfEveryKind(),
                Placeholders.of(configuration), explicitVersion().map(Operations::line)));
    }

    /** Every script (or those from {@link Setting#LINT_FROM_VERSION} on) against the embedded version's line. */
    LintResult lintOffline() {
        return failOnErrors(Linter.lintOffline(scriptsOfEveryKind(), Placeholders.of(configuration),
                configuration.keyspace(),
                line(configuration.embeddedVersion()), configuration.lintFromVersion().orElse(1)));
    }

    private LintResult failOnErrors(LintResult result) {
        return configuration.lintErrors() == LintErrors.FAIL ? result.requireNoErrors() : result;
    }

    private List<MigrationScript> scripts() {
        return ScriptDiscovery.discover(configuration.migrations(), configuration.classLoader());
    }

    /** The versioned, baseline and repeatable scripts: for what weighs them against the history as migrate does. */
    private List<MigrationScript> scriptsOfEveryKind() {
        List<MigrationScript> scripts = new ArrayList<>(scripts());
        scripts.addAll(ScriptKindDiscovery.baseline(configuration.migrations(), configuration.classLoader()));
        scripts.addAll(ScriptKindDiscovery.repeatable(configuration.migrations(), configuration.classLoader()));
        return scripts;
    }

    /** The throw-away node runs the live cluster's release unless a version is given. */
    private ReplaySettings replaySettings() {
        return new ReplaySettings(explicitVersion(), configuration.embeddedJavaHome(), loaded.cassandraClasspath());
    }

    private Optional<String> explicitVersion() {
        return configuration.isExplicit(Setting.EMBEDDED_VERSION) ? Optional.of(configuration.embeddedVersion())
                : Optional.empty();
    }

    private static CassandraLine line(String version) {
        try {
            return CassandraLine.of(version);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid " + Setting.EMBEDDED_VERSION.property() + " '" + version + "': "
                    + e.getMessage(), "Give a Cassandra version such as "
                    + Setting.EMBEDDED_VERSION.defaultValue().orElseThrow() + " with " + Setting.EMBEDDED_VERSION.flag()
                    + ".", e);
        }
    }

    /**
     * Migrate, then seed, then verify, on one connection; stops at the first step that fails, with that step's
     * failure, and between steps when a stop is requested.
     */
    UpResult up(CassandraConnection connection) {
        Reporter reporter = loaded.reporter();
        StopRule stop = loaded.stopRule();
        reporter.info("Step 1/3: migrate");
        MigrationResult migration = migrate(connection);
        stop.stopIfRequested(Failure.MIGRATION, "after migrate, before seed");
        reporter.info("Step 2/3: seed");
        SeedResult seed = seed(connection);
        stop.stopIfRequested(Failure.SEED, "after seed, before verify");
        reporter.info("Step 3/3: verify");
        VerifyReport report = verifyTables(connection);
        reporter.info(report.toText().stripTrailing());
        report.requirePassed();
        return new UpResult(migration, seed, report);
    }

    private MigrationEngine engine(CassandraConnection connection) {
        return new MigrationEngine(connection, loaded.reporter(), loaded.javaMigrations());
    }

    private static ConfigurationException required(Setting setting, String what) {
        return new ConfigurationException("No " + setting.property() + " was given: " + what + ".",
                "Set " + setting.flag() + " (" + setting.property() + ", " + setting.environmentVariable() + ").");
    }
}
