package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqlshift.api.Operation;
import org.cqlshift.api.StopRule;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.ScriptState;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Keeps the settings' documentation and the command line in step with {@link Setting}, the one place where
 * settings are declared: the README's table and docs/configuration.md hold exactly the rows the model gives,
 * each command offers exactly its operation's settings under their names, and its help names them.
 */
@Order(3)
class SettingsDocumentationTest {

    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final Path REFERENCE = Path.of("..", "docs", "configuration.md").toAbsolutePath().normalize();

    private final CommandLine commandLine = Runner.commandLine(Map.of(), quiet(), quiet(), StopRule.never());

    @Test
    void theReferencePageHoldsTheTableOfEverySettingAsTheModelGivesIt() throws IOException {
        List<String> rows = tableRows(Files.readString(REFERENCE));

        assertThat(rows).as("the table of " + REFERENCE).containsExactlyElementsOf(SettingsReference.rows());
    }

    @Test
    void everyRowOfTheReadmeTableIsTheReferenceRowOfItsSetting() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> rows = tableRows(section);

        assertThat(rows).as("the configuration table of " + README).isNotEmpty()
                .isSubsetOf(SettingsReference.rows());
    }

    @Test
    void everyCommandShowsExactlyItsOperationsSettingsUnderTheirFlagsAndAcceptsTheOthers() {
        for (Operation operation : Operation.values()) {
            CommandLine command = commandLine.getSubcommands().get(operation.commandName());
            if (command == null) {
                continue;
            }
            List<OptionSpec> options = command.getCommandSpec().options().stream()
                    .filter(option -> !option.usageHelp() && !option.versionHelp()).toList();
            assertThat(options.stream().filter(option -> !option.hidden()).map(OptionSpec::longestName))
                    .as("options the help of %s shows", operation.commandName())
                    .containsExactlyInAnyOrderElementsOf(Setting.offered(FrontEnd.RUNNER, operation).stream()
                            .map(Setting::flag).collect(Collectors.toList()));
            assertThat(options.stream().map(OptionSpec::longestName)).as("options of %s", operation.commandName())
                    .containsExactlyInAnyOrderElementsOf(SettingsOptions.offered().stream().map(Setting::flag)
                            .collect(Collectors.toList()));
        }
        assertThat(commandLine.getCommandSpec().options()).as("options of the command itself")
                .allMatch(option -> option.usageHelp() || option.versionHelp());
    }

    @Test
    void helpNamesEachSettingsFlagEnvironmentVariableAndDefault() {
        for (String command : List.of("up", "export", "repair")) {
            RunResult help = RunResult.run(Map.of(), command, "--help");
            // picocli wraps long words at punctuation too, so the comparison ignores white space.
            String text = withoutSpace(help.out);
            for (Setting setting : Setting.offered(FrontEnd.RUNNER, Operation.valueOf(command.toUpperCase()))) {
                assertThat(text).as("help of %s", setting).contains(setting.flag()).contains(setting.valueFormat())
                        .contains(withoutSpace(SettingsOptions.withoutFinalPeriod(setting.description())))
                        .contains("env" + setting.environmentVariable());
                setting.defaultValue().ifPresent(value -> assertThat(text).as("help of %s", setting)
                        .contains(setting.environmentVariable() + ",default" + withoutSpace(value) + ")"));
            }
        }
    }

    @Test
    void theReadmeListsEveryCommandInTheOrderOfTheHelp() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## The runner"));
        List<String> documented = Pattern.compile("\\n\\| `([a-z]+)").matcher(section.substring(0,
                section.indexOf("\n## ", 1))).results().map(match -> match.group(1)).collect(Collectors.toList());

        assertThat(documented).containsExactlyElementsOf(commandLine.getSubcommands().keySet());
    }

    @Test
    void infoNamesEveryScriptState() {
        String description = String.join(" ", commandLine.getSubcommands().get("info").getCommandSpec()
                .usageMessage().description());

        assertThat(description).contains(ScriptState.labels());
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The rows of the first table that starts with the reference header, header and separator left out. */
    private static List<String> tableRows(String text) {
        int start = text.indexOf(SettingsReference.HEADER);
        assertThat(start).as("a table headed " + SettingsReference.HEADER).isNotNegative();
        return Arrays.stream(text.substring(start).split("\n")).skip(2).takeWhile(line -> line.startsWith("|"))
                .collect(Collectors.toList());
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
