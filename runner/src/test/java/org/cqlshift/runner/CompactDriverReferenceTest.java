package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The driver's reference configuration that runner.jar carries: the driver's, less its comments. */
class CompactDriverReferenceTest {

    @Test
    void holdsTheDriversSettingsAndSubstitutionsInAFractionOfTheText() throws Exception {
        URL original = DistributionFiles.driverReference();
        String compact = DistributionFiles.compactDriverReference();

        Config fromCompact = ConfigFactory.parseString(compact);
        Config fromOriginal = ConfigFactory.parseURL(original);
        assertThat(fromCompact.isResolved()).isEqualTo(fromOriginal.isResolved());
        assertThat(fromCompact.resolve().root()).isEqualTo(fromOriginal.resolve().root());
        assertThat(fromCompact.resolve().getDuration("datastax-java-driver.basic.request.timeout"))
                .hasSeconds(2);
        try (var in = original.openStream()) {
            assertThat(compact.length()).isLessThan(in.readAllBytes().length / 5);
        }
    }
}
