package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmArgumentsTest {

    private static final NodeLayout LAYOUT = new NodeLayout(Path.of("/srv/node"), "5.0");
    private static final NodePorts PORTS = new NodePorts(19042, 17000, 17199);

    private static List<String> command() {
        return JvmArguments.command(Path.of("/jdk/bin/java"), LAYOUT, PORTS, "768m", List.of("-Dextra=yes"));
    }

    @Test
    void runsTheCassandraDaemonWithItsGeneratedConfiguration() {
        List<String> command = command();

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command.get(command.size() - 1)).isEqualTo("org.apache.cassandra.service.CassandraDaemon");
        assertThat(command).contains(
                "-Xmx768m",
                "-Dcassandra.config=file:///srv/node/conf/cassandra.yaml",
                "-Dlogback.configurationFile=file:///srv/node/conf/logback.xml",
                "-Dcassandra.storagedir=/srv/node/data/5.0",
                "-Dcassandra.jmx.local.port=17199",
                "-Dcassandra.ring_delay_ms=1000",
                "-Dcassandra.skip_wait_for_gossip_to_settle=0",
                "-Dextra=yes");
    }

    @Test
    void joinsTheClasspathWithThePlatformSeparator() {
        assertThat(JvmArguments.classpath(List.of(Path.of("/repo/cassandra-all.jar"), Path.of("/repo/guava.jar"))))
                .isEqualTo("/repo/cassandra-all.jar" + File.pathSeparator + "/repo/guava.jar");
    }

    @Test
    void recognisesOnlyANodeOfTheSameDirectory() {
        assertThat(JvmArguments.isNodeOf(command(), LAYOUT)).isTrue();
        assertThat(JvmArguments.isNodeOf(command(), new NodeLayout(Path.of("/srv/other"), "5.0"))).isFalse();
        assertThat(JvmArguments.isNodeOf(command(), new NodeLayout(Path.of("/srv/node/sub"), "5.0"))).isFalse();
        List<String> otherCassandra = command().stream()
                .filter(argument -> !argument.startsWith(JvmArguments.DIRECTORY_MARKER)).toList();
        assertThat(JvmArguments.isNodeOf(otherCassandra, LAYOUT)).isFalse();
    }
}
