package org.cqlshift.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Values the build writes into the core's jar from the root POM, so that they are declared once. */
public final class BuildProperties {

    private static final Properties PROPERTIES = load();

    private BuildProperties() {
    }

    /** The cassandra-all version embedded nodes run unless another is chosen. */
    public static String embeddedCassandraVersion() {
        return PROPERTIES.getProperty("embedded.cassandra.version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildProperties.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the cqlshift-core jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
