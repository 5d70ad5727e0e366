package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.CqlShift;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the keyspace when the application starts, before any bean can use the session, in one of two ways:
 * <ul>
 * <li>on the application's {@link CqlSession}: as soon as the session bean is created, before it is handed
 * to any other bean;</li>
 * <li>with {@code cqlshift.contact-points}, on a session of cqlshift's own, before the application's session
 * is created (so its {@code spring.cassandra.keyspace-name} may be a keyspace the scripts create).</li>
 * </ul>
 * Either way the migration runs at startup even if nothing asks for the session.
 */
@AutoConfiguration(after = CassandraAutoConfiguration.class)
@ConditionalOnClass({CqlShift.class, CqlSession.class})
@ConditionalOnBooleanProperty(name = CqlShiftAutoConfiguration.ENABLED_PROPERTY, matchIfMissing = true)
@EnableConfigurationProperties(CqlShiftProperties.class)
public class CqlShiftAutoConfiguration {

    static final String INITIALIZER = "cqlShiftInitializer";
    /** The enabled setting's Spring Boot property; a constant, as annotations need one. */
    static final String ENABLED_PROPERTY = "cqlshift.enabled";

    @Bean
    CqlShiftMigration cqlShiftMigration(CqlShiftProperties properties, ResourceLoader resourceLoader) {
        return new CqlShiftMigration(properties, resourceLoader.getClassLoader());
    }

    /** Runs the migration at startup; with the application's session, by asking for the session. */
    @Bean(INITIALIZER)
    InitializingBean cqlShiftInitializer(CqlShiftMigration migration, ObjectProvider<CqlSession> sessions) {
        return () -> {
            if (migration.usesOwnSession()) {
                migration.run(null);
            } else {
                sessions.getIfAvailable(() -> {
                    throw new IllegalStateException("cqlshift found no CqlSession to migrate with: configure"
                            + " spring.cassandra.* for the application's session, or cqlshift.contact-points.");
                });
            }
        };
    }

    /** Migrates on the application's session before any other bean receives it. */
    @Bean
    static BeanPostProcessor cqlShiftSessionPostProcessor(ObjectProvider<CqlShiftMigration> migration) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CqlSession session && !migration.getObject().usesOwnSession()) {
                    migration.getObject().run(session);
                }
                return bean;
            }
        };
    }

    /** With a session of cqlshift's own, the application's sessions are created after the migration. */
    @Bean
    @ConditionalOnProperty(name = "cqlshift.contact-points")
    static AbstractDependsOnBeanFactoryPostProcessor cqlShiftBeforeSessions() {
        return new AbstractDependsOnBeanFactoryPostProcessor(CqlSession.class, INITIALIZER) {
        };
    }
}
