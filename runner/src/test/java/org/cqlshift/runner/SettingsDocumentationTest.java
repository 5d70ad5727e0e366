package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.StopRule;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Keeps the README's configuration table and the runner's {@code --help} in step with {@link Setting}, the
 * one place where settings are declared.
 */
@Order(3)
class SettingsDocumentationTest {

    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();

    @Test
    void theReadmeTableHasARowForEverySettingWithItsNamesAndDefault() throws IOException {
        List<String> rows = configurationTable();
        for (Setting setting : Setting.values()) {
            String row = rows.stream().filter(r -> r.contains("`" + setting.property() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + setting.property() + " in " + README));
            assertThat(row).as("README row of %s", setting)
                    .containsPattern("`" + Pattern.quote(setting.flag()) + "[ `]")
                    .contains("`" + setting.environmentVariable() + "`");
            setting.defaultValue().ifPresentOrElse(
                    value -> assertThat(row).as("README row of %s", setting).contains("`" + value + "`"),
                    () -> assertThat(row).as("README row of %s", setting).contains("| none"));
        }
    }

    @Test
    void everyRunnerFlagInTheReadmeTableIsARealOption() throws IOException {
        CommandSpec migrate = Runner.commandLine(Map.of(), quiet(), quiet(), StopRule.never())
                .getSubcommands().get("migrate").getCommandSpec();
        for (String row : configurationTable()) {
            Matcher flag = Pattern.compile("`(--[a-z-]+)").matcher(row.split("\\|")[2]);
            while (flag.find()) {
                assertThat(migrate.findOption(flag.group(1))).as("option %s of the README row %s", flag.group(1), row)
                        .isNotNull();
            }
        }
    }

    @Test
    void helpNamesEverySettingsFlagEnvironmentVariableAndDefault() {
        RunResult help = RunResult.run(Map.of(), "up", "--help");

        // picocli wraps long words at punctuation too, so the comparison ignores white space.
        String text = withoutSpace(help.out);
        for (Setting setting : Setting.values()) {
            assertThat(text).as("help of %s", setting).contains(setting.flag()).contains(setting.valueFormat())
                    .contains(withoutSpace(SettingsOptions.withoutFinalPeriod(setting.description())))
                    .contains("env" + setting.environmentVariable());
            setting.defaultValue().ifPresent(value -> assertThat(text).as("help of %s", setting)
                    .contains(setting.environmentVariable() + ",default" + withoutSpace(value) + ")"));
        }
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The rows of the table under "## Configuration", header and separator left out. */
    private static List<String> configurationTable() throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        List<String> rows = section.lines().filter(line -> line.startsWith("|")).skip(2).collect(Collectors.toList());
        assertThat(rows).as("the configuration table of " + README).isNotEmpty();
        return rows;
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
