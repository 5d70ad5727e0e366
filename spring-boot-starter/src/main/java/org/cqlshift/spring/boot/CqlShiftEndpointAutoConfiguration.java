package org.cqlshift.spring.boot;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** The {@code cqlshift} actuator endpoint, when the application has Spring Boot's actuator and exposes it. */
@AutoConfiguration(after = CqlShiftAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(CqlShiftEndpoint.class)
public class CqlShiftEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(CqlShiftMigration.class)
    @ConditionalOnMissingBean
    CqlShiftEndpoint cqlShiftEndpoint(ApplicationContext context) {
        return new CqlShiftEndpoint(context);
    }
}
