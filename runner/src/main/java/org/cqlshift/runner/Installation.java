package org.cqlshift.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The unpacked distribution archive that {@code bin/cqlshift} runs from. The launcher names its directory
 * with {@code -Dcqlshift.home}; then the command calls itself {@code cqlshift}, and the installation's
 * {@code conf/cqlshift.properties}, when present, is the properties file unless another is given.
 */
final class Installation {

    /** The command's name on the PATH, in usage help, completion and man pages. */
    static final String COMMAND = "cqlshift";
    static final String HOME_PROPERTY = "cqlshift.home";
    static final Path CONFIGURATION = Path.of("conf", "cqlshift.properties");

    private Installation() {
    }

    /** Applies the installation named by the launcher, if any, to the command line. */
    static CommandLine apply(CommandLine commandLine) {
        return home().isPresent() ? named(commandLine) : commandLine;
    }

    /** The installation's properties file, the default of the configuration file setting, when there is one. */
    static Optional<Path> configurationFile() {
        return home().map(home -> home.resolve(CONFIGURATION)).filter(Files::isRegularFile);
    }

    private static Optional<Path> home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /** The command line under the installed command's name. */
    static CommandLine named(CommandLine commandLine) {
        return commandLine.setCommandName(COMMAND);
    }
}
