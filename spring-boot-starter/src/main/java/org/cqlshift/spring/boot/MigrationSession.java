package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.core.type.MethodMetadata;

/** Which session the migration runs on; the same answer before the beans are created and while they are. */
enum MigrationSession {

    /** cqlshift's own, to {@code cqlshift.contact-points}; the core opens and closes it. */
    OWN,

    /**
     * A short-lived one from Spring Boot's {@code CqlSessionBuilder} and driver configuration, with the options of
     * cqlshift's own sessions laid over them; for applications whose {@link CqlSession} is Boot's.
     */
    FROM_BOOT_BUILDER,

    /**
     * The application's own {@link CqlSession} bean, as it is created: the application builds it in a way the
     * starter cannot repeat.
     */
    APPLICATION;

    /** Whether the application's sessions must wait for the migration, which then runs first. */
    boolean runsBeforeApplicationSessions() {
        return this != APPLICATION;
    }

    static MigrationSession choose(boolean ownContactPoints, ConfigurableListableBeanFactory beans) {
        if (ownContactPoints) {
            return OWN;
        }
        for (String name : beans.getBeanNamesForType(CqlSession.class, true, false)) {
            if (!isBootsSession(beans, name)) {
                return APPLICATION;
            }
        }
        return FROM_BOOT_BUILDER;
    }

    /** Boot's session bean, built by its auto-configuration from its {@code CqlSessionBuilder}. */
    private static boolean isBootsSession(ConfigurableListableBeanFactory beans, String name) {
        if (!beans.containsBeanDefinition(name)) {
            return false;
        }
        BeanDefinition definition = beans.getBeanDefinition(name);
        MethodMetadata factoryMethod = definition instanceof AnnotatedBeanDefinition annotated
                ? annotated.getFactoryMethodMetadata() : null;
        return factoryMethod != null
                && factoryMethod.getDeclaringClassName().equals(CassandraAutoConfiguration.class.getName());
    }
}
