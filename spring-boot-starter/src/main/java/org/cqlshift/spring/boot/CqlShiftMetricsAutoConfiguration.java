package org.cqlshift.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Meters of the startup run ({@link MicrometerRunMetrics}) when the application has Micrometer and a
 * {@link MeterRegistry} bean, such as the one Spring Boot's actuator configures; after Boot's registries, which are
 * named rather than referenced, so that Micrometer stays optional.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class CqlShiftMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RunMetrics cqlShiftRunMetrics(MeterRegistry registry) {
        return new MicrometerRunMetrics(registry);
    }
}
