package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.util.List;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.JavaMigration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the keyspace when the application starts, before any bean can use a session, on the session
 * {@link MigrationSession} chooses:
 * <ul>
 * <li>with {@code cqlshift.contact-points}, a session of cqlshift's own;</li>
 * <li>with Spring Boot's own {@link CqlSession}, a short-lived session from Boot's {@link CqlSessionBuilder} and
 * driver configuration, tuned for schema changes as cqlshift's own sessions are, while the application's session
 * keeps its settings;</li>
 * <li>with a {@link CqlSession} bean the application defines itself, that session, as soon as it is created and
 * before it is handed to any other bean.</li>
 * </ul>
 * In the first two cases every {@link CqlSession} bean is created after the migration, so the application's
 * session may open in a keyspace the scripts create, and a failure leaves no session of the application behind.
 * The migration runs at startup even if nothing asks for the session. {@link Callback} beans run at their events, in
 * their order ({@code @Order}), after the callback scripts.
 */
@AutoConfiguration(after = CassandraAutoConfiguration.class)
@ConditionalOnClass({CqlShift.class, CqlSession.class})
@ConditionalOnBooleanProperty(name = CqlShiftAutoConfiguration.ENABLED_PROPERTY, matchIfMissing = true)
@EnableConfigurationProperties(CqlShiftProperties.class)
public class CqlShiftAutoConfiguration {

    static final String INITIALIZER = "cqlShiftInitializer";
    /** The enabled setting's Spring Boot property; a constant, as annotations need one. */
    static final String ENABLED_PROPERTY = "cqlshift.enabled";
    private static final String CONTACT_POINTS = Setting.CONTACT_POINTS.springProperty();

    /** With the application's {@link JavaMigration} beans, as Boot hands Flyway its JavaMigration beans. */
    @Bean
    CqlShiftMigration cqlShiftMigration(CqlShiftProperties properties, ResourceLoader resourceLoader,
            ObjectProvider<CassandraProperties> cassandraProperties, ObjectProvider<JavaMigration> javaMigrations,
            ObjectProvider<Callback> callbacks, ObjectProvider<RunMetrics> metrics) {
        CassandraProperties cassandra = cassandraProperties.getIfAvailable();
        return new CqlShiftMigration(properties, resourceLoader.getClassLoader(),
                cassandra == null ? null : cassandra.getKeyspaceName(), javaMigrations.orderedStream().toList(),
                callbacks.orderedStream().toList(), metrics.getIfAvailable(() -> RunMetrics.NONE));
    }

    /** Runs the migration at startup; on the application's session, by asking for the session. */
    @Bean(INITIALIZER)
    InitializingBean cqlShiftInitializer(CqlShiftMigration migration, ConfigurableListableBeanFactory beans,
            ObjectProvider<CqlSessionBuilder> sessionBuilders, ObjectProvider<DriverConfigLoader> driverConfigs,
            ObjectProvider<CqlSession> sessions) {
        return () -> {
            switch (MigrationSession.choose(migration.usesOwnSession(), beans)) {
                case OWN -> migration.runOnOwnSession();
                case FROM_BOOT_BUILDER -> migration.runOnSessionFrom(sessionBuilders.getObject(),
                        driverConfigs.getObject());
                case APPLICATION -> sessions.getIfAvailable(() -> {
                    throw new IllegalStateException("cqlshift found no CqlSession to migrate with: configure"
                            + " spring.cassandra.* for the application's session, or " + CONTACT_POINTS + ".");
                });
            }
        };
    }

    /** Migrates on a session the application defines itself, before any other bean receives it. */
    @Bean
    static BeanPostProcessor cqlShiftSessionPostProcessor(ObjectProvider<CqlShiftMigration> migration) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CqlSession session && !migration.getObject().usesOwnSession()) {
                    migration.getObject().runOnApplicationSession(session);
                }
                return bean;
            }
        };
    }

    /** Unless the migration runs on the application's session, the application's sessions are created after it. */
    @Bean
    static BeanFactoryPostProcessor cqlShiftBeforeSessions() {
        return new SessionsAfterMigration();
    }

    private static final class SessionsAfterMigration extends AbstractDependsOnBeanFactoryPostProcessor
            implements EnvironmentAware {

        private Environment environment;

        SessionsAfterMigration() {
            super(CqlSession.class, INITIALIZER);
        }

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
            boolean ownContactPoints = !Binder.get(environment).bind(CONTACT_POINTS, Bindable.listOf(String.class))
                    .orElse(List.of()).isEmpty();
            if (MigrationSession.choose(ownContactPoints, beans).runsBeforeApplicationSessions()) {
                super.postProcessBeanFactory(beans);
            }
        }
    }
}
