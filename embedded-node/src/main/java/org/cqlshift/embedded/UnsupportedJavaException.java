package org.cqlshift.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The chosen Cassandra version does not run on the chosen JDK; raised before anything is started. */
public final class UnsupportedJavaException extends IllegalArgumentException {

    private final String cassandraVersion;
    private final Path javaHome;
    private final int javaVersion;
    private final List<Integer> supportedJavaVersions;

    UnsupportedJavaException(String cassandraVersion, Path javaHome, int javaVersion, List<Integer> supportedJavaVersions) {
        super("Cassandra " + cassandraVersion + " runs on Java "
                + supportedJavaVersions.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                + ", but " + javaHome + " is Java " + javaVersion + ". " + whatToInstall(supportedJavaVersions) + ".");
        this.cassandraVersion = cassandraVersion;
        this.javaHome = javaHome;
        this.javaVersion = javaVersion;
        this.supportedJavaVersions = List.copyOf(supportedJavaVersions);
    }

    /** What to install, for a front end to follow with how to point the node at it. */
    public String whatToInstall() {
        return whatToInstall(supportedJavaVersions);
    }

    private static String whatToInstall(List<Integer> supportedJavaVersions) {
        int newest = supportedJavaVersions.get(supportedJavaVersions.size() - 1);
        return "Install a JDK " + newest + " (for example Eclipse Temurin " + newest + ") and run the node with it,"
                + " or use Cassandra 5.0 or later, which runs on Java 17";
    }

    public String cassandraVersion() {
        return cassandraVersion;
    }

    public Path javaHome() {
        return javaHome;
    }

    public int javaVersion() {
        return javaVersion;
    }

    public List<Integer> supportedJavaVersions() {
        return supportedJavaVersions;
    }
}
