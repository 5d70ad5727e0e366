package org.cqlshift.runner;

import java.nio.file.Path;
import java.util.List;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a real runner process in the middle of a seed run. */
@Order(2)
@ExtendWith(CassandraExtension.class)
class GracefulStopTest {

    @TempDir
    Path directory;

    @Test
    void sigtermFinishesTheSeedFileInProgressAndStartsNoOther(EmbeddedCassandra node) throws Exception {
        SigtermDuringSeed.check(node, "runner_sigterm", directory,
                List.of(ProcessHandle.current().info().command().orElse("java"),
                        "-cp", System.getProperty("java.class.path"), Runner.class.getName(), "seed"));
    }
}
