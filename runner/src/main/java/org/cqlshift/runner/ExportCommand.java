package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a table (--export-table), or the rows --export-where selects, as a seed file that seed"
                + " loads back value for value.", "Streams page by page; the output appears only once complete."})
final class ExportCommand extends ConnectedCommand {

    @Override
    protected void listeners(CqlShiftBuilder builder) {
        builder.exportListener(new ConsoleExportProgress(root.out(), System.console() != null));
    }

    @Override
    protected void run(CqlShift shift) {
        shift.export();
    }
}
