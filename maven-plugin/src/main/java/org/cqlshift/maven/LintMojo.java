package org.cqlshift.maven;

import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.lint.LintException;
import org.cqlshift.api.lint.LintResult;

/**
 * Checks the scripts migrate would run next for dangerous DDL, each finding with its file, line and column;
 * {@code -Dcassandra.lintErrors=fail} fails the build on an error, {@code -Dcassandra.lintOffline=true} checks
 * every script without connecting.
 */
@Mojo(name = "lint", requiresProject = false, threadSafe = true)
public class LintMojo extends LintParameters {

    @Override
    protected void run(CqlShift shift) {
        try {
            log(shift, shift.lint());
        } catch (LintException e) {
            log(shift, e.result());
            throw e;
        }
    }

    /** At warning level when there are findings, so that they stand out in the build log. */
    private void log(CqlShift shift, LintResult result) {
        String text = shift.configuration().format() == OutputFormat.JSON ? result.toJson() : result.toText();
        Consumer<CharSequence> level = result.findings().isEmpty() ? getLog()::info : getLog()::warn;
        text.lines().forEach(level);
    }
}
