package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.Reporter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.RepeatableScriptName;
import org.cqlshift.internal.cql.ScriptName;
import org.cqlshift.internal.session.Keyspaces;

/**
 * The history of a keyspace as the schema operations need it: the statements that ran, script by script in the
 * order they ran, to replay them; and the statements migrate would run next, to lint them. Java migrations have
 * no CQL to show, and are left out of both.
 */
public final class AppliedHistory {

    /**
     * Statements that ran.
     *
     * @param script     the script they belong to: the file, or for an applied script that was edited or removed
     *                   since, the text the history recorded
     * @param statements the statements that ran, in order: all of them, or those recorded as done before a failure
     */
    public record Applied(MigrationScript script, List<CqlStatement> statements, ScriptState state) {
        public Applied {
            statements = List.copyOf(statements);
        }
    }

    /**
     * Statements migrate would run.
     *
     * @param firstStatement the 1-based number of the first of them in the script (above 1 when migrate resumes)
     */
    public record Pending(MigrationScript script, List<CqlStatement> statements, int firstStatement) {
        public Pending {
            statements = List.copyOf(statements);
        }
    }

    private final List<Applied> applied;
    private final List<Pending> pending;
    private final OptionalInt currentVersion;

    private AppliedHistory(List<Applied> applied, List<Pending> pending, OptionalInt currentVersion) {
        this.applied = List.copyOf(applied);
        this.pending = List.copyOf(pending);
        this.currentVersion = currentVersion;
    }

    /**
     * Weighs the scripts against the keyspace's history, as migrate does.
     *
     * @param keyspace the keyspace as the settings name it
     */
    public static AppliedHistory read(CqlSession session, String keyspace, List<MigrationScript> scripts) {
        SchemaAgreement agreement = SchemaAgreement.of(session, Reporter.SILENT);
        HistoryStore store = new HistoryStore(session, keyspace, agreement);
        boolean exists = Keyspaces.exists(session, keyspace);
        return of(Evaluation.of(plans(scripts, false), exists ? store.read() : History.EMPTY),
                RepeatableEvaluation.of(plans(scripts, true),
                        exists ? new RepeatableHistory(session, store).read() : Map.of()));
    }

    /** Every script pending, as for a keyspace without history: for lint without a connection. */
    public static AppliedHistory none(List<MigrationScript> scripts) {
        return of(Evaluation.of(plans(scripts, false), History.EMPTY),
                RepeatableEvaluation.of(plans(scripts, true), Map.of()));
    }

    /** The repeatable scripts, or the others (versioned and baseline). */
    private static List<ScriptPlan> plans(List<MigrationScript> scripts, boolean repeatable) {
        return scripts.stream().filter(script -> RepeatableScriptName.matches(script.fileName()) == repeatable)
                .map(ScriptPlan::of).toList();
    }

    /**
     * Repeatable scripts count as their files are, after the versioned ones, in the order they last ran: their
     * history keeps no text.
     */
    private static AppliedHistory of(Evaluation evaluation, RepeatableEvaluation repeatables) {
        List<Evaluation.Entry> ran = new ArrayList<>();
        for (Evaluation.Entry entry : evaluation.entries()) {
            if (!statementsThatRan(entry).isEmpty()) {
                ran.add(entry);
            }
        }
        ran.sort(Comparator.comparing(AppliedHistory::ranAt).thenComparing(Evaluation.Entry::version));
        List<Applied> applied = new ArrayList<>(ran.stream()
                .map(entry -> new Applied(scriptThatRan(entry), statementsThatRan(entry), entry.state())).toList());
        repeatables.entries().stream()
                .filter(entry -> entry.plan() != null && entry.row() != null && !entry.row().failed())
                .sorted(Comparator.comparing((RepeatableEvaluation.Entry entry) -> entry.row().installedOn(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(entry -> applied.add(new Applied(entry.plan().script(), entry.plan().statements(),
                        entry.state())));
        List<Pending> pending = new ArrayList<>(evaluation.pending(OptionalInt.empty()).stream()
                .filter(entry -> entry.type() == MigrationType.CQL).map(AppliedHistory::pending).toList());
        repeatables.toRun().forEach(entry -> pending.add(pending(entry)));
        return new AppliedHistory(applied, pending, evaluation.currentVersion());
    }

    /** The statements of a pending, failed or interrupted script that migrate runs, from the one it starts at. */
    static Pending pending(Evaluation.Entry entry) {
        List<CqlStatement> statements = entry.plan().statements();
        return new Pending(entry.plan().script(), statements.subList(entry.resumeAt() - 1, statements.size()),
                entry.resumeAt());
    }

    /** A repeatable script runs whole. */
    static Pending pending(RepeatableEvaluation.Entry entry) {
        return new Pending(entry.plan().script(), entry.plan().statements(), 1);
    }

    /** When the script ran; scripts a baseline covers come first, in version order. */
    private static Instant ranAt(Evaluation.Entry entry) {
        if (entry.applied() != null && entry.applied().executedAt() != null && entry.state() != ScriptState.BASELINE) {
            return entry.applied().executedAt();
        }
        if (entry.details() != null && entry.details().installedOn() != null && entry.state() != ScriptState.BASELINE) {
            return entry.details().installedOn();
        }
        return Instant.MIN;
    }

    private static MigrationScript scriptThatRan(Evaluation.Entry entry) {
        boolean fileDiffers = entry.state() == ScriptState.CHANGED || entry.state() == ScriptState.MISSING;
        if (fileDiffers && entry.applied() != null && entry.applied().script() != null) {
            String name = entry.scriptName();
            return new MigrationScript(entry.version(), ScriptName.description(name), name,
                    name + " (as the history recorded it)", entry.applied().script());
        }
        return entry.plan().script();
    }

    private static List<CqlStatement> statementsThatRan(Evaluation.Entry entry) {
        if (entry.type() == MigrationType.JAVA) {
            return List.of(); // its CQL is not known
        }
        switch (entry.state()) {
            case SUCCESS:
            case OUT_OF_ORDER:
            case BASELINE:
                return entry.plan() == null ? List.of() : entry.plan().statements();
            case CHANGED:
            case MISSING:
                if (entry.applied() == null || !entry.applied().successful() || entry.applied().script() == null
                        || entry.applied().script().isBlank()) {
                    return List.of();
                }
                return ScriptPlan.of(scriptThatRan(entry)).statements();
            case FAILED:
            case INTERRUPTED:
                return entry.plan().statements().subList(0, entry.resumeAt() - 1);
            default:
                return List.of();
        }
    }

    /** What ran, in the order it ran. */
    public List<Applied> applied() {
        return applied;
    }

    /** What migrate would run next, in order. */
    public List<Pending> pending() {
        return pending;
    }

    public OptionalInt currentVersion() {
        return currentVersion;
    }
}
