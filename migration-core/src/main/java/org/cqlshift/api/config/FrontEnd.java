package org.cqlshift.api.config;

/** The ways in besides the Java API; each offers the settings of the operations it runs, spelled as {@link Setting} says. */
public enum FrontEnd {
    /** The {@code cqlshift} command: flags and {@code CASSANDRA_*} environment variables. */
    RUNNER,
    /** The Maven plugin: {@code cassandra.*} properties and POM parameters. */
    MAVEN_PLUGIN,
    /** The Spring Boot starter: {@code cqlshift.*} properties. */
    SPRING_BOOT
}
