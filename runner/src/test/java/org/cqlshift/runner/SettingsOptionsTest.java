package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.Operation;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class SettingsOptionsTest {

    private final CommandSpec spec = new CommandLine(new MigrateCommand()).getCommandSpec();

    @Test
    void everySettingHasTheRunnerFlagItsTableNames() {
        List<String> flags = spec.options().stream()
                .flatMap(option -> Arrays.stream(option.names()))
                .collect(Collectors.toList());

        assertThat(flags).containsAll(Setting.offered(FrontEnd.RUNNER, Operation.MIGRATE).stream()
                .map(Setting::flag).collect(Collectors.toList()))
                .doesNotContain(Setting.SKIP.flag());
    }

    @Test
    void everyOptionNamesItsEnvironmentVariableInItsHelp() {
        for (Setting setting : Setting.offered(FrontEnd.RUNNER, Operation.MIGRATE)) {
            OptionSpec option = spec.findOption(setting.flag());
            assertThat(String.join(" ", option.description()))
                    .as("help of %s", setting.flag())
                    .contains(setting.environmentVariable());
        }
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverDefaults() {
        CommandLine commandLine = new CommandLine(new MigrateCommand());
        commandLine.parseArgs("--keyspace", "from_flag");

        Configuration configuration = SettingsOptions.apply(commandLine.getCommandSpec(), CqlShift.configure())
                .environment(Map.of("CASSANDRA_KEYSPACE", "from_env", "CASSANDRA_LOCAL_DATACENTER", "dc_from_env"))
                .load().configuration();

        assertThat(configuration.keyspace()).isEqualTo("from_flag");
        assertThat(configuration.localDatacenter()).isEqualTo("dc_from_env");
        assertThat(configuration.contactPoints()).singleElement()
                .satisfies(point -> assertThat(point.getHostString() + ":" + point.getPort()).isEqualTo("127.0.0.1:9042"));
    }

    @Test
    void aTrueOrFalseFlagAloneMeansTrueAndTakesAnExplicitValueToo() {
        CommandLine commandLine = new CommandLine(new MigrateCommand());
        commandLine.parseArgs("--tls", "--validate-on-migrate=false", "--keyspace", "app");

        Configuration configuration = SettingsOptions.apply(commandLine.getCommandSpec(), CqlShift.configure()).load()
                .configuration();

        assertThat(configuration.tls()).isPresent();
        assertThat(configuration.validateOnMigrate()).isFalse();
        assertThat(configuration.keyspace()).isEqualTo("app");
    }
}
