package org.cqlshift.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.datastax.oss.driver.api.core.CqlSession;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.StopRule;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes, at build time, the files of the distribution archive that derive from the runner's command
 * line and from {@link Setting}: shell completion, man page sources (AsciiDoc, turned into man pages by
 * Asciidoctor), the example configuration and the launchers (which must know the root options that take a value). Generated from the live model, they list every command,
 * option and setting there is.
 *
 * <p>It also writes the driver's {@code reference.conf} without its comments into the runner's classes, in
 * place of the driver's own in {@code runner.jar}: parsing the 110 kB commented file took a fifth of the CPU
 * time of a {@code migrate} with nothing to do; the 6 kB of settings are the same.
 */
public final class DistributionFiles {

    private DistributionFiles() {
    }

    /** In a launcher's source, where the build writes the root options that take a value. */
    static final String ROOT_VALUE_OPTIONS = "@ROOT_VALUE_OPTIONS@";

    /**
     * Arguments: the directory of the archive's generated files, the one for the man page sources, the
     * file for the driver's compact reference configuration, and the directory of the launchers' sources.
     */
    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        Path manPageSources = Path.of(args[1]);
        Files.writeString(Path.of(args[2]), compactDriverReference(), StandardCharsets.UTF_8);
        CommandLine commandLine = Installation.named(
                Runner.commandLine(Map.of(), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err,
                        StopRule.never()));
        writeCompletion(commandLine, Files.createDirectories(archive.resolve("completion")));
        writeLaunchers(commandLine, Path.of(args[3]), Files.createDirectories(archive.resolve("bin")));
        Files.createDirectories(manPageSources);
        int exitCode = ManPageGenerator.generateManPage(manPageSources.toFile(), null, new boolean[0], true,
                commandLine.getCommandSpec());
        if (exitCode != 0) {
            throw new IllegalStateException("Man page generation failed with exit code " + exitCode);
        }
        Path configuration = archive.resolve(Installation.CONFIGURATION);
        Files.createDirectories(configuration.getParent());
        Files.writeString(configuration, exampleConfiguration(), StandardCharsets.UTF_8);
        // The class list for class-data sharing is recorded into lib/ by the next build step.
        Files.createDirectories(archive.resolve("lib"));
    }

    /** The driver's reference configuration as the driver ships it, from its own jar. */
    static URL driverReference() throws IOException {
        return new URL("jar:" + CqlSession.class.getProtectionDomain().getCodeSource().getLocation()
                + "!/reference.conf");
    }

    /** The same settings and substitutions, unresolved as the driver expects them, without comments. */
    static String compactDriverReference() throws IOException {
        return "# The settings of java-driver-core's reference.conf, without its comments (see its documentation).\n"
                + ConfigFactory.parseURL(driverReference()).root().render(ConfigRenderOptions.defaults()
                .setComments(false).setOriginComments(false).setFormatted(false).setJson(false)) + "\n";
    }

    /** picocli's script serves bash and, through bashcompinit, zsh; the zsh file loads it from beside itself. */
    private static void writeCompletion(CommandLine commandLine, Path directory) throws IOException {
        String bashScript = Installation.COMMAND + ".bash";
        Files.writeString(directory.resolve(bashScript), AutoComplete.bash(Installation.COMMAND, commandLine),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(Installation.COMMAND + ".zsh"),
                "# zsh completion for " + Installation.COMMAND + ": source this file from ~/.zshrc.\n"
                        + "source \"${0:A:h}/" + bashScript + "\"\n", StandardCharsets.UTF_8);
    }

    /**
     * bin/cqlshift and bin/cqlshift.cmd from their sources, with the root options that take a value: the
     * launchers take the first other argument that is not an option for the command.
     */
    private static void writeLaunchers(CommandLine commandLine, Path sources, Path bin) throws IOException {
        String valueOptions = rootValueOptions(commandLine);
        for (String launcher : List.of(Installation.COMMAND, Installation.COMMAND + ".cmd")) {
            String source = Files.readString(sources.resolve(launcher), StandardCharsets.UTF_8);
            if (!source.contains(ROOT_VALUE_OPTIONS)) {
                throw new IllegalStateException(sources.resolve(launcher) + " has no " + ROOT_VALUE_OPTIONS);
            }
            Files.writeString(bin.resolve(launcher), source.replace(ROOT_VALUE_OPTIONS, valueOptions),
                    StandardCharsets.UTF_8);
        }
    }

    /** The names of the root command's options that take a value, separated by spaces. */
    static String rootValueOptions(CommandLine commandLine) {
        return commandLine.getCommandSpec().options().stream()
                .filter(option -> option.arity().max() > 0)
                .flatMap(option -> Arrays.stream(option.names()))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** Every setting of the command, commented out at its default, with its option and environment variable. */
    static String exampleConfiguration() {
        StringWriter text = new StringWriter();
        text.append("# cqlshift configuration. bin/cqlshift reads this file when it is present; ")
                .append(Setting.CONFIG_FILE.flag()).append(" FILE\n")
                .append("# reads another one instead. Keys are the Maven plugin's property names.\n")
                .append("# Precedence, highest first: command-line options, CASSANDRA_* environment variables,\n")
                .append("# this file, the defaults shown below. Uncomment a line to set it.\n");
        for (Setting setting : Setting.values()) {
            if (!setting.isOfferedBy(FrontEnd.RUNNER) || setting == Setting.CONFIG_FILE) {
                continue;
            }
            text.append("\n# ").append(setting.description()).append('\n')
                    .append("# Option ").append(setting.flag()).append(setting.isMap() ? " NAME=VALUE" : "")
                    .append(", environment variable ").append(setting.environmentVariable())
                    .append(setting.isMap() ? "_<NAME>" : "").append(".\n")
                    .append('#').append(setting.property()).append(setting.isMap() ? ".<name>" : "").append('=')
                    .append(setting.defaultValue().orElse("")).append('\n');
        }
        return text.toString();
    }
}
