package org.cqlshift.example.spring.bare;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with Spring Boot's auto-configuration only: the starter, the session, and no bean of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareApplication {
}
