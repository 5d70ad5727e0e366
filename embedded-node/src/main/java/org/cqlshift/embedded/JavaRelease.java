package org.cqlshift.embedded;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The Java version of a JDK, from the {@code release} file every JDK since 9 carries in its home. */
final class JavaRelease {

    private JavaRelease() {
    }

    /** The feature version (11, 17, 21...) of the JDK in {@code javaHome}. */
    static int featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + release + " to learn the Java version of " + javaHome
                    + ": " + e.getMessage() + ". Give javaHome the home directory of a JDK.", e);
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return parse(version);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Unrecognised JAVA_VERSION '" + version + "' in " + release + ".", e);
        }
    }

    /** {@code 1.8.0_402} is 8, {@code 17.0.15} is 17, {@code 21} is 21. */
    static int parse(String version) {
        String[] parts = version.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }
}
