package org.cqlshift.internal.cql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;

/**
 * Finds the repeatable ({@code R__<description>.cql}) and baseline ({@code B<version>__<description>.cql})
 * scripts of a {@link Location}, in the same folder as the versioned scripts that {@link ScriptDiscovery} finds,
 * and reads them as it does.
 */
public final class ScriptKindDiscovery {

    private ScriptKindDiscovery() {
    }

    /**
     * @return the repeatable scripts, ordered by description (then file name), each with version 0
     * @throws ScriptException for a badly named, unreadable or non-UTF-8 script
     */
    public static List<MigrationScript> repeatable(Location location, ClassLoader classLoader) {
        List<MigrationScript> scripts = read(location, classLoader, RepeatableScriptName::matches,
                RepeatableScriptName::problem, RepeatableScriptName.RULE, name -> 0,
                RepeatableScriptName::description);
        Map<String, MigrationScript> byName = new HashMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript other = byName.putIfAbsent(script.fileName(), script);
            if (other != null) {
                throw new ScriptException(script.source(), 0, 0, "two repeatable scripts are named "
                        + script.fileName() + ": " + other.source() + " and " + script.source(),
                        "Rename one of them: the history knows a repeatable script by its file name.");
            }
        }
        return scripts.stream().sorted(Comparator.comparing(MigrationScript::description)
                .thenComparing(MigrationScript::fileName)).toList();
    }

    /**
     * @return the baseline scripts, ordered by version
     * @throws ScriptException for a badly named, unreadable or non-UTF-8 script, or two of one version
     */
    public static List<MigrationScript> baseline(Location location, ClassLoader classLoader) {
        List<MigrationScript> scripts = read(location, classLoader, BaselineScriptName::matches,
                BaselineScriptName::problem, BaselineScriptName.RULE, BaselineScriptName::version,
                BaselineScriptName::description);
        Map<Integer, MigrationScript> byVersion = new HashMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript other = byVersion.putIfAbsent(script.version(), script);
            if (other != null) {
                throw new ScriptException(script.source(), 0, 0, "version " + script.version()
                        + " is used by two baseline scripts: " + other.source() + " and " + script.source(),
                        "Keep one baseline script per version: remove or merge the other one.");
            }
        }
        return scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version)).toList();
    }

    private static List<MigrationScript> read(Location location, ClassLoader classLoader, Predicate<String> kind,
                                              Function<String, String> problem, String rule,
                                              Function<String, Integer> version,
                                              Function<String, String> description) {
        List<ScriptFile> files = ScriptFolders.list(location, classLoader).stream()
                .filter(file -> ScriptName.isCandidate(file.name) && kind.test(file.name))
                .sorted(Comparator.comparing((ScriptFile file) -> file.name).thenComparing(file -> file.origin))
                .toList();
        List<MigrationScript> scripts = new ArrayList<>(files.size());
        for (ScriptFile file : files) {
            String wrong = problem.apply(file.name);
            if (wrong != null) {
                throw new ScriptException(file.source, 0, 0, wrong + ": " + rule,
                        "Rename the file; a .cql file in " + file.folder + " is always taken for a migration script.");
            }
            scripts.add(new MigrationScript(version.apply(file.name), description.apply(file.name), file.name,
                    file.source, ScriptDiscovery.decode(file, file.bytes())));
        }
        return scripts;
    }
}
