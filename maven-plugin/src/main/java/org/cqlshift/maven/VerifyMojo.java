package org.cqlshift.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.verify.Verifier;
import org.cqlshift.api.verify.VerifyOptions;
import org.cqlshift.api.verify.VerifyReport;

/**
 * A CRUD round trip on every table of the keyspace (insert a synthetic row with a fresh key, read it
 * back, update it, delete it); fails the build when a table does not pass. Real rows are never touched.
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractCassandraMojo {

    /** Only these tables ({@code -Dcassandra.verifyTables=a,b}); by default every table but the tool's own. */
    @Parameter(property = "cassandra.verifyTables")
    List<String> tables = new ArrayList<>();

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        VerifyReport report = Verifier.create(connection, reporter)
                .verify(VerifyOptions.builder().tables(tables).build());
        reporter.info(report.toText().stripTrailing());
        report.requirePassed();
    }
}
