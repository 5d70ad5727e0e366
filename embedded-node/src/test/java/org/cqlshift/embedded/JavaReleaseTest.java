package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaReleaseTest {

    @Test
    void readsTheFeatureVersionOfOldAndNewVersionStrings() {
        assertThat(JavaRelease.parse("1.8.0_402")).isEqualTo(8);
        assertThat(JavaRelease.parse("11.0.22")).isEqualTo(11);
        assertThat(JavaRelease.parse("17.0.15")).isEqualTo(17);
        assertThat(JavaRelease.parse("21")).isEqualTo(21);
    }

    @Test
    void readsTheReleaseFileOfAJdk(@TempDir Path javaHome) throws Exception {
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.22\"\n");

        assertThat(JavaRelease.featureVersion(javaHome)).isEqualTo(11);
    }

    @Test
    void saysWhichDirectoryIsNotAJdk(@TempDir Path notAJdk) {
        assertThatThrownBy(() -> JavaRelease.featureVersion(notAJdk))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(notAJdk.resolve("release").toString())
                .hasMessageContaining("Give javaHome the home directory of a JDK");
    }
}
