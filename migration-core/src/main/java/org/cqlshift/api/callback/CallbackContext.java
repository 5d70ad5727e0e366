package org.cqlshift.api.callback;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.Objects;
import java.util.Optional;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.SeedResult;

/**
 * What a {@link Callback} is told: the event, the session migrate or seed runs on, the keyspace, and what the event
 * is about. Immutable; the {@code with} methods return a copy.
 */
public final class CallbackContext {

    private final Event event;
    private final CqlSession session;
    private final Configuration configuration;
    private final CurrentScript script;
    private final AppliedScript applied;
    private final MigrationResult migrationResult;
    private final SeedResult seedResult;
    private final RuntimeException error;

    private CallbackContext(Event event, CqlSession session, Configuration configuration, CurrentScript script,
                            AppliedScript applied, MigrationResult migrationResult, SeedResult seedResult,
                            RuntimeException error) {
        this.event = Objects.requireNonNull(event, "event");
        this.session = Objects.requireNonNull(session, "session");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.script = script;
        this.applied = applied;
        this.migrationResult = migrationResult;
        this.seedResult = seedResult;
        this.error = error;
    }

    public static CallbackContext of(Event event, CqlSession session, Configuration configuration) {
        return new CallbackContext(event, session, configuration, null, null, null, null, null);
    }

    public Event event() {
        return event;
    }

    /**
     * The session migrate or seed runs on, which must stay open. Statements should name the keyspace, as
     * {@code keyspace() + ".table"}: the session's own keyspace may be another.
     */
    public CqlSession session() {
        return session;
    }

    /** The keyspace migrate or seed works on. */
    public String keyspace() {
        return configuration.keyspace();
    }

    /** The settings of the run. */
    public Configuration configuration() {
        return configuration;
    }

    /** For {@link Event#BEFORE_EACH_MIGRATE} and {@link Event#AFTER_EACH_MIGRATE}: the script about to run or just run. */
    public Optional<CurrentScript> script() {
        return Optional.ofNullable(script);
    }

    /** For {@link Event#AFTER_EACH_MIGRATE}: what running the script did. */
    public Optional<AppliedScript> applied() {
        return Optional.ofNullable(applied);
    }

    /** For {@link Event#AFTER_MIGRATE}: what migrate did. */
    public Optional<MigrationResult> migrationResult() {
        return Optional.ofNullable(migrationResult);
    }

    /** For {@link Event#AFTER_SEED}: what seed did. */
    public Optional<SeedResult> seedResult() {
        return Optional.ofNullable(seedResult);
    }

    /** For {@link Event#AFTER_MIGRATE_ERROR} and {@link Event#AFTER_SEED_ERROR}: the error that stops the run. */
    public Optional<RuntimeException> error() {
        return Optional.ofNullable(error);
    }

    public CallbackContext withScript(CurrentScript script) {
        return new CallbackContext(event, session, configuration, script, applied, migrationResult, seedResult, error);
    }

    public CallbackContext withApplied(AppliedScript applied) {
        return new CallbackContext(event, session, configuration, script, applied, migrationResult, seedResult, error);
    }

    public CallbackContext withMigrationResult(MigrationResult result) {
        return new CallbackContext(event, session, configuration, script, applied, result, seedResult, error);
    }

    public CallbackContext withSeedResult(SeedResult result) {
        return new CallbackContext(event, session, configuration, script, applied, migrationResult, result, error);
    }

    public CallbackContext withError(RuntimeException error) {
        return new CallbackContext(event, session, configuration, script, applied, migrationResult, seedResult, error);
    }

    @Override
    public String toString() {
        return "CallbackContext[" + event.id() + ", keyspace " + keyspace() + "]";
    }
}
