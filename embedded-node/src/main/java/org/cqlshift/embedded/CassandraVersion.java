package org.cqlshift.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What differs between the Cassandra versions the embedded node runs: the Java releases each runs on, the JVM
 * flags it needs, and its cassandra.yaml entries beyond the common ones of {@link CassandraYaml}.
 */
final class CassandraVersion {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");
    /** A release: major.minor, then patch numbers only. Anything else after major.minor marks a pre-release. */
    private static final Pattern RELEASE = Pattern.compile("^\\d+\\.\\d+(\\.\\d+)*$");

    /** Java 17 support came with Cassandra 5.0; 4.x runs on Java 8 and 11 only. */
    private static final List<Integer> CASSANDRA_4_JAVA = List.of(8, 11);

    /** What Cassandra's jvm11/jvm17-server.options grant; without them the server fails on Java 11+. */
    private static final List<String> ADD_EXPORTS = List.of(
            "java.base/jdk.internal.misc", "java.base/jdk.internal.ref", "java.base/sun.nio.ch",
            "java.management.rmi/com.sun.jmx.remote.internal.rmi", "java.rmi/sun.rmi.registry",
            "java.rmi/sun.rmi.server", "java.sql/java.sql");
    private static final List<String> ADD_OPENS = List.of(
            "java.base/java.lang.module", "java.base/jdk.internal.loader", "java.base/jdk.internal.ref",
            "java.base/jdk.internal.reflect", "java.base/jdk.internal.math", "java.base/jdk.internal.module",
            "java.base/jdk.internal.util.jar", "java.base/sun.nio.ch", "java.base/java.io", "java.base/java.nio",
            "java.base/java.util.concurrent", "java.base/java.util", "java.base/java.util.concurrent.atomic",
            "java.base/java.lang", "java.base/java.math", "java.base/java.lang.reflect", "java.base/java.net",
            "jdk.management/com.sun.management.internal");

    private final String text;
    private final int major;
    private final int minor;

    private CassandraVersion(String text, int major, int minor) {
        this.text = text;
        this.major = major;
        this.minor = minor;
    }

    /**
     * A cassandra-all version the embedded node can configure: 4.1 or later.
     *
     * @throws IllegalArgumentException when the text is no version, or an older one
     */
    static CassandraVersion parse(String text) {
        Matcher matcher = MAJOR_MINOR.matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("'" + text + "' is not a cassandra-all version, such as "
                    + CassandraArtifact.DEFAULT_VERSION + ".");
        }
        CassandraVersion version = new CassandraVersion(text, Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)));
        if (version.major < 4 || (version.major == 4 && version.minor < 1)) {
            throw new IllegalArgumentException("Cassandra " + text + " is not supported by the embedded node;"
                    + " use 4.1 or later (the generated cassandra.yaml uses the 4.1+ setting names).");
        }
        return version;
    }

    /**
     * Checks that the JDK in {@code javaHome} can run this version, before anything is started.
     *
     * @throws UnsupportedJavaException when it cannot
     */
    void requireRunsOn(Path javaHome) {
        int javaVersion = JavaRelease.featureVersion(javaHome);
        if (major == 4 && !CASSANDRA_4_JAVA.contains(javaVersion)) {
            throw new UnsupportedJavaException(text, javaHome, javaVersion, CASSANDRA_4_JAVA);
        }
    }

    /** The JVM flags this version needs on the given Java release. */
    List<String> jvmArguments(int javaVersion) {
        if (javaVersion < 9) {
            return List.of();
        }
        return Stream.concat(
                ADD_EXPORTS.stream().map(module -> "--add-exports=" + module + "=ALL-UNNAMED"),
                ADD_OPENS.stream().map(module -> "--add-opens=" + module + "=ALL-UNNAMED")).toList();
    }

    /** cassandra.yaml entries of this version only; the user's entries replace them. */
    Map<String, String> yamlEntries() {
        Map<String, String> entries = new LinkedHashMap<>();
        if (major >= 6) {
            // Accord (CEP-15): lets users try BEGIN TRANSACTION ... COMMIT TRANSACTION on a local node.
            entries.put("accord", "{enabled: true}");
            // The node writes its first cluster metadata entry by Paxos at start-up; on a machine under heavy load
            // the 1-2 s defaults timed out ("Failed to insert pre-initialize entry into distributed metadata log").
            entries.put("write_request_timeout", "10000ms");
            entries.put("cas_contention_timeout", "10000ms");
        }
        return entries;
    }

    /**
     * The name of the directory that holds this version's data. Releases of one line share it ({@code 5.0} for
     * 5.0.8 and 5.0.9), as Cassandra upgrades data in place between patch releases; a pre-release
     * ({@code 6.0-alpha2}) has its own, since no upgrade between pre-releases is promised. No version ever starts
     * on another line's data: an upgrade across lines (to 6.0, whose cluster metadata service must then be
     * initialised by hand) is not something a throw-away node should do behind the user's back.
     */
    String dataLine() {
        return RELEASE.matcher(text).matches() ? major + "." + minor : text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Whether a restart must reuse the node's storage port: Cassandra 6 records each node's address and port in
     * its cluster metadata (CEP-21), and a node restarted on another port waits forever for its old self.
     */
    boolean keepsStoragePort() {
        return major >= 6;
    }

    @Override
    public String toString() {
        return text;
    }
}
