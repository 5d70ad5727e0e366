package org.cqlshift.internal.schema;

import java.util.Optional;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Reporter;

/**
 * Asks for a throw-away node in a JVM whose class path lacks {@code cqlshift-embedded}, and prints what the user
 * would see; run by {@link EmbeddedNodeMissingTest} as its own process.
 */
public final class WithoutEmbeddedNode {

    private WithoutEmbeddedNode() {
    }

    public static void main(String[] args) {
        try (ReplayNode node = ReplayNodes.start("diff", "5.0.9", Optional.empty(), null, Reporter.SILENT)) {
            System.out.println("started " + node.version());
        } catch (RuntimeException e) {
            ErrorReport report = ErrorReport.of(e);
            System.out.println(e.getClass().getSimpleName());
            report.lines().forEach(System.out::println);
            System.exit(report.exitCode());
        }
    }
}
