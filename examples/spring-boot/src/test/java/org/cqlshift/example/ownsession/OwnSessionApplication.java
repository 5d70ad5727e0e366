package org.cqlshift.example.ownsession;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application that builds its session itself instead of taking Spring Boot's. Outside the example application's
 * package, whose component scan would otherwise pick it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OwnSessionApplication {

    @Bean
    CqlSession session(@Value("${own.host}") String host, @Value("${own.port}") int port) {
        return CqlSession.builder().addContactPoint(new InetSocketAddress(host, port))
                .withLocalDatacenter("datacenter1")
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build())
                .build();
    }
}
