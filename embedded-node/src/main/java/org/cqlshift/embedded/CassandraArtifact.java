package org.cqlshift.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The server artifact and the version this library was built with. */
public final class CassandraArtifact {

    /** groupId:artifactId of the Cassandra server on Maven Central. */
    public static final String COORDINATES = "org.apache.cassandra:cassandra-all";

    /** The version of cassandra-all used when none is given: the build's {@code embedded.cassandra.version}. */
    public static final String DEFAULT_VERSION = readDefaultVersion();

    private CassandraArtifact() {
    }

    private static String readDefaultVersion() {
        Properties properties = new Properties();
        try (InputStream in = CassandraArtifact.class.getResourceAsStream("embedded-cassandra.properties")) {
            if (in == null) {
                throw new IllegalStateException("embedded-cassandra.properties is missing from the cqlshift-embedded jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("cassandra.version");
    }
}
