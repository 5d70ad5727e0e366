package org.cqlshift.internal.cql;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cqlshift.api.callback.Event;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;

/**
 * Finds the callback scripts of the migrations folder, named as {@link CallbackScriptName} says, sorted by file
 * name (so by event, then description), read as strict UTF-8, split, and with their placeholders resolved, so that
 * a script that cannot run is reported before anything runs.
 */
public final class CallbackScripts {

    private CallbackScripts() {
    }

    /**
     * @param required whether a missing folder is an error; seed runs without a migrations folder
     * @throws ScriptException for a script that is not UTF-8, does not split, or uses an undefined placeholder
     */
    public static List<CallbackScript> discover(Location location, ClassLoader classLoader, Placeholders placeholders,
                                                boolean required) {
        if (!required && !exists(location, classLoader)) {
            return List.of();
        }
        return ScriptFolders.list(location, classLoader).stream()
                .filter(file -> ScriptName.isCandidate(file.name) && CallbackScriptName.event(file.name).isPresent())
                .sorted(Comparator.comparing((ScriptFile file) -> file.name).thenComparing(file -> file.origin))
                .map(file -> read(file, placeholders))
                .toList();
    }

    /** Fails on the first script whose name comes close to a callback's without following the rule. */
    static void rejectNearMisses(List<ScriptFile> misnamed) {
        for (ScriptFile file : misnamed) {
            Optional<Event> event = CallbackScriptName.nearMiss(file.name);
            if (event.isPresent()) {
                throw new ScriptException(file.source, 0, 0, "file name " + file.name + " looks like a callback"
                        + " script for " + event.get().id() + " but does not follow the rule: "
                        + CallbackScriptName.RULE, CallbackScriptName.suggestion(file.name, event.get()));
            }
        }
    }

    private static CallbackScript read(ScriptFile file, Placeholders placeholders) {
        String content = ScriptDiscovery.decode(file, file.bytes());
        Placeholders applied = placeholders.forContent(content);
        List<CqlStatement> statements = CqlSplitter.split(file.source, content).stream()
                .map(statement -> applied.resolve(file.source, statement)).toList();
        return new CallbackScript(CallbackScriptName.event(file.name).orElseThrow(), file.name, file.source,
                statements);
    }

    /**
     * Whether a folder exists to look in. A classpath folder is looked up as a resource, which jars written without
     * directory entries do not show; a migrations folder is then reported missing only when it is required.
     */
    private static boolean exists(Location location, ClassLoader classLoader) {
        return location.isClasspath() ? classLoader.getResource(location.classpathFolder().orElseThrow()) != null
                : Files.isDirectory(location.directory().orElseThrow());
    }
}
