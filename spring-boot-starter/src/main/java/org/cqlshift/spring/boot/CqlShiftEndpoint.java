package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.api.migration.RepeatableScriptInfo;
import org.cqlshift.api.migration.ScriptInfo;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * The actuator endpoint {@code cqlshift}, as Spring Boot's {@code flyway} endpoint: for the application context and
 * its ancestors, each migrated keyspace with every script's state, read from the migration history when asked.
 */
@Endpoint(id = "cqlshift")
public class CqlShiftEndpoint {

    private final ApplicationContext context;

    public CqlShiftEndpoint(ApplicationContext context) {
        this.context = context;
    }

    @ReadOperation
    public CqlShiftDescriptor cqlShift() {
        Map<String, ContextDescriptor> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, KeyspaceDescriptor> keyspaces = new LinkedHashMap<>();
            ApplicationContext beans = target;
            for (CqlShiftMigration migration : target.getBeansOfType(CqlShiftMigration.class).values()) {
                MigrationInfo info = migration.info(() -> beans.getBean(CqlSession.class));
                keyspaces.put(info.keyspace(), KeyspaceDescriptor.of(info));
            }
            contexts.put(target.getId(), new ContextDescriptor(keyspaces,
                    target.getParent() == null ? null : target.getParent().getId()));
        }
        return new CqlShiftDescriptor(contexts);
    }

    /** Every application context's keyspaces, by context id. */
    public record CqlShiftDescriptor(Map<String, ContextDescriptor> contexts) implements OperationResponseBody {
    }

    /** One context's keyspaces, by name. */
    public record ContextDescriptor(Map<String, KeyspaceDescriptor> keyspaces, String parentId) {
    }

    /**
     * @param currentVersion the highest version applied, or null when none is
     * @param scripts the versioned and baseline scripts by version, then the repeatable ones (version null), as
     *     Spring Boot's flyway endpoint lists repeatable migrations
     */
    public record KeyspaceDescriptor(Integer currentVersion, List<ScriptDescriptor> scripts) {

        static KeyspaceDescriptor of(MigrationInfo info) {
            return new KeyspaceDescriptor(info.currentVersion().isPresent() ? info.currentVersion().getAsInt() : null,
                    Stream.concat(info.scripts().stream().map(ScriptDescriptor::of),
                            info.repeatables().stream().map(ScriptDescriptor::of)).toList());
        }
    }

    /**
     * One script or Java migration.
     *
     * @param type {@code CQL} or {@code JAVA}, as Flyway names its migrations' types ({@code SQL}, {@code JDBC})
     * @param version null for a repeatable script
     * @param state as {@code info} shows it, e.g. {@code success} or {@code failed at statement 2 of 3}
     * @param installedOn when it was applied, or null
     * @param executionTime how long it ran, in milliseconds, or null
     */
    public record ScriptDescriptor(String type, Integer version, String description, String script, String state,
                                   String checksum, Instant installedOn, Long executionTime) {

        static ScriptDescriptor of(ScriptInfo script) {
            return new ScriptDescriptor(script.type().name(), script.version(), script.description(), script.script(),
                    script.stateDescription(), script.checksum().orElse(null), script.installedOn().orElse(null),
                    script.executionTime().map(Duration::toMillis).orElse(null));
        }

        static ScriptDescriptor of(RepeatableScriptInfo script) {
            return new ScriptDescriptor(MigrationType.CQL.name(), null, script.description(), script.script(),
                    script.stateDescription(), script.checksum().orElse(null), script.installedOn().orElse(null),
                    script.executionTime().map(Duration::toMillis).orElse(null));
        }
    }
}
