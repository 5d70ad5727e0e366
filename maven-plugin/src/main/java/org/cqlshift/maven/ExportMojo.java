package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Writes a table, or the rows {@code cassandra.exportWhere} selects, as a seed file that {@code seed} loads
 * back value for value: {@code mvn cassandra:export -Dcassandra.exportTable=employee
 * -Dcassandra.exportOutput=seeds/employee.csv -Dcassandra.exportFormat=csv}.
 */
@Mojo(name = "export", requiresProject = false, threadSafe = true)
public class ExportMojo extends ExportParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.export();
    }
}
