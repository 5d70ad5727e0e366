package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.cqlshift.api.config.Setting;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.Test;

/**
 * The JUnit extension's annotation spells the settings it takes as every other door does. The keyspace's scope and
 * the Java callbacks (objects, as on the builder) are its own.
 */
class ExtensionSettingNamesTest {

    @Test
    void everyAttributeButTheKeyspaceScopeAndTheCallbacksIsASettingNamedAsTheModelNamesIt() {
        for (Method attribute : CqlShiftTest.class.getDeclaredMethods()) {
            if (attribute.getName().equals("keyspacePer") || attribute.getName().equals("callbacks")) {
                continue;
            }
            assertThat(Arrays.stream(Setting.values()).map(Setting::key)).as("attribute %s", attribute.getName())
                    .contains(attribute.getName());
        }
    }
}
