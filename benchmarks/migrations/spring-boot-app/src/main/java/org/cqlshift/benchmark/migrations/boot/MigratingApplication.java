package org.cqlshift.benchmark.migrations.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts, which migrates, reads a row through the application's own session as any application would, and ends:
 * the process's wall time is the application's start-up with its migration.
 */
@SpringBootApplication
public class MigratingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MigratingApplication.class, args).close();
    }

    @Bean
    ApplicationRunner readThroughTheApplicationsSession(CqlSession session) {
        return arguments -> session.execute("SELECT release_version FROM system.local").one();
    }
}
