package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CassandraVersionTest {

    @TempDir
    Path jdks;

    private Path jdk(String javaVersion) throws IOException {
        Path home = Files.createDirectories(jdks.resolve("jdk-" + javaVersion));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + javaVersion + "\"\n");
        return home;
    }

    @Test
    void cassandra41RunsOnJava11Only() throws IOException {
        assertThatCode(() -> CassandraVersion.parse("4.1.10").requireRunsOn(jdk("11.0.22"))).doesNotThrowAnyException();

        Path java17 = jdk("17.0.15");
        assertThatThrownBy(() -> CassandraVersion.parse("4.1.10").requireRunsOn(java17))
                .isInstanceOfSatisfying(UnsupportedJavaException.class, e -> {
                    assertThat(e.cassandraVersion()).isEqualTo("4.1.10");
                    assertThat(e.javaVersion()).isEqualTo(17);
                    assertThat(e.javaHome()).isEqualTo(java17);
                })
                .hasMessage("Cassandra 4.1.10 runs on Java 8 or 11, but " + java17 + " is Java 17. Install a JDK 11"
                        + " (for example Eclipse Temurin 11) and run the node with it, or use Cassandra 5.0 or later,"
                        + " which runs on Java 17.");
    }

    @Test
    void cassandra5And6RunOnJava17() throws IOException {
        Path java17 = jdk("17.0.15");
        assertThatCode(() -> CassandraVersion.parse("5.0.9").requireRunsOn(java17)).doesNotThrowAnyException();
        assertThatCode(() -> CassandraVersion.parse("6.0-alpha2").requireRunsOn(java17)).doesNotThrowAnyException();
    }

    @Test
    void onlyCassandra6EnablesAccord() {
        assertThat(CassandraVersion.parse("6.0-alpha2").yamlEntries()).containsEntry("accord", "{enabled: true}")
                .containsEntry("write_request_timeout", "10000ms").containsEntry("cas_contention_timeout", "10000ms");
        assertThat(CassandraVersion.parse("5.0.9").yamlEntries()).doesNotContainKey("accord");
        assertThat(CassandraVersion.parse("4.1.10").yamlEntries()).isEmpty();
    }

    @Test
    void grantsTheModuleAccessCassandraNeedsOnJava11AndLater() {
        assertThat(CassandraVersion.parse("5.0.9").jvmArguments(17)).contains(
                "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED");
        assertThat(CassandraVersion.parse("4.1.10").jvmArguments(11))
                .contains("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED");
        assertThat(CassandraVersion.parse("4.1.10").jvmArguments(8)).isEmpty();
    }

    @Test
    void releasesOfOneLineShareTheirDataAndEveryPreReleaseHasItsOwn() {
        assertThat(CassandraVersion.parse("5.0.9").dataLine()).isEqualTo("5.0");
        assertThat(CassandraVersion.parse("5.0.10").dataLine()).isEqualTo("5.0");
        assertThat(CassandraVersion.parse("4.1.10").dataLine()).isEqualTo("4.1");
        assertThat(CassandraVersion.parse("6.0-alpha2").dataLine()).isEqualTo("6.0-alpha2");
        assertThat(CassandraVersion.parse("5.1-beta1").dataLine()).isEqualTo("5.1-beta1");
    }

    @Test
    void rejectsTextThatIsNoVersionAndVersionsBefore41() {
        assertThatThrownBy(() -> CassandraVersion.parse("latest")).hasMessageContaining("'latest' is not a cassandra-all version");
        assertThatThrownBy(() -> CassandraVersion.parse("4.0.13")).hasMessageContaining("use 4.1 or later");
    }
}
