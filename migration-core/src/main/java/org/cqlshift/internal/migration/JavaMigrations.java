package org.cqlshift.internal.migration;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.cql.ScriptException;
import org.cqlshift.api.migration.JavaMigration;

/**
 * The {@link JavaMigration}s of a run: those registered by the front end (builder calls, Spring beans) and those
 * found in the {@link Setting#JAVA_MIGRATIONS} packages, scanned with ClassGraph through the configuration's class
 * loader; merged with the scripts into one sequence of versions.
 */
final class JavaMigrations {

    private JavaMigrations() {
    }

    /** Registered first; a scanned class that is also registered (a Spring bean in a scanned package) counts once. */
    static List<JavaMigration> of(Configuration configuration, List<JavaMigration> registered, Reporter reporter) {
        Map<String, JavaMigration> byClass = new LinkedHashMap<>();
        registered.forEach(migration -> byClass.putIfAbsent(migration.getClass().getName(), migration));
        List<String> packages = configuration.javaMigrations();
        if (!packages.isEmpty()) {
            List<Class<?>> found = scan(packages, configuration.classLoader());
            if (found.isEmpty()) {
                reporter.warn("Found no Java migration in " + (packages.size() == 1 ? "package " : "packages ")
                        + String.join(", ", packages) + " (" + Setting.JAVA_MIGRATIONS.property() + "): no concrete"
                        + " class there implements " + JavaMigration.class.getName() + " on the class path.");
            }
            for (Class<?> type : found) {
                if (!byClass.containsKey(type.getName())) {
                    byClass.put(type.getName(), instantiate(type));
                }
            }
        }
        return List.copyOf(byClass.values());
    }

    private static List<Class<?>> scan(List<String> packages, ClassLoader classLoader) {
        try (ScanResult result = new ClassGraph().overrideClassLoaders(classLoader).enableClassInfo()
                .acceptPackages(packages.toArray(String[]::new)).scan()) {
            ClassInfoList implementing = result.getClassesImplementing(JavaMigration.class.getName())
                    .filter(info -> !info.isAbstract() && !info.isInterface());
            List<Class<?>> classes = new ArrayList<>();
            for (ClassInfo info : implementing) {
                classes.add(info.loadClass());
            }
            classes.sort(Comparator.comparing(Class::getName));
            return classes;
        }
    }

    private static JavaMigration instantiate(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new ConfigurationException("Java migration " + type.getName() + " is not public, so it cannot be"
                    + " created.", "Make the class public, with a public constructor without parameters.");
        }
        try {
            return (JavaMigration) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new ConfigurationException("Java migration " + type.getName() + " has no public constructor"
                    + " without parameters, so it cannot be created from " + Setting.JAVA_MIGRATIONS.property() + ".",
                    "Add one, or register an instance instead (CqlShift.configure().javaMigrations(...), or a bean in"
                            + " Spring Boot).", e);
        } catch (InvocationTargetException e) {
            throw new ConfigurationException("Creating Java migration " + type.getName() + " failed: "
                    + e.getCause(), "Fix its constructor; it runs each time the migrations are listed.",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ConfigurationException("Cannot create Java migration " + type.getName() + ": " + e,
                    "Make the class public and concrete, with a public constructor without parameters.", e);
        }
    }

    /**
     * The scripts and the Java migrations as one sequence, by version.
     *
     * @throws ScriptException when two of them share a version, naming both
     */
    static List<ScriptPlan> merge(List<ScriptPlan> scripts, List<ScriptPlan> javaMigrations) {
        if (javaMigrations.isEmpty()) {
            return scripts;
        }
        Map<Integer, ScriptPlan> byVersion = new TreeMap<>();
        scripts.forEach(plan -> byVersion.put(plan.version(), plan));
        for (ScriptPlan java : javaMigrations) {
            ScriptPlan other = byVersion.putIfAbsent(java.version(), java);
            if (other != null) {
                long nextFree = Math.max(scripts.stream().mapToInt(ScriptPlan::version).max().orElse(0),
                        javaMigrations.stream().mapToInt(ScriptPlan::version).max().orElse(0)) + 1L;
                throw new ScriptException(other.script().source(), 0, 0, "version " + java.version()
                        + " is used by two migrations: " + other.script().source() + " and "
                        + java.script().source(), "Give one of them the next free version (" + nextFree
                        + "); keep the version of the one that may already have been applied.");
            }
        }
        return List.copyOf(byVersion.values());
    }
}
