package org.cqlshift.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The unpacked distribution archive that {@code bin/cqlshift} runs from. The launcher names its directory
 * with {@code -Dcqlshift.home}; then the command calls itself {@code cqlshift}, and the installation's
 * {@code conf/cqlshift.properties}, when present, is the properties file unless {@code --config} names another.
 */
final class Installation {

    /** The command's name on the PATH, in usage help, completion and man pages. */
    static final String COMMAND = "cqlshift";
    static final String HOME_PROPERTY = "cqlshift.home";
    static final Path CONFIGURATION = Path.of("conf", "cqlshift.properties");
    /** The option that names a properties file; see {@link SettingsOptions}. */
    private static final String CONFIG_OPTION = "--config";

    private Installation() {
    }

    /** Applies the installation named by the launcher, if any, to the command line. */
    static CommandLine apply(CommandLine commandLine) {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            return commandLine;
        }
        named(commandLine);
        Path configuration = Path.of(home).resolve(CONFIGURATION);
        if (Files.isRegularFile(configuration)) {
            IDefaultValueProvider previous = commandLine.getDefaultValueProvider();
            commandLine.setDefaultValueProvider(argument -> {
                if (argument instanceof OptionSpec option && option.longestName().equals(CONFIG_OPTION)) {
                    return configuration.toString();
                }
                return previous == null ? null : previous.defaultValue(argument);
            });
        }
        return commandLine;
    }

    /** The command line under the installed command's name. */
    static CommandLine named(CommandLine commandLine) {
        return commandLine.setCommandName(COMMAND);
    }
}
