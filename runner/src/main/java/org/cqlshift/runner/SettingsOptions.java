package org.cqlshift.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every connecting command shares, one per {@link Setting}: flag, value format, description,
 * environment variable and default all come from the core's model, so a new setting needs no change here.
 */
public final class SettingsOptions implements CommandLine.IModelTransformer {

    static final String PLACEHOLDER = "--placeholder";
    static final String CONFIG = "--config";

    /** Adds the options to a command as picocli builds it; named by {@link ConnectedCommand}'s annotation. */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        addTo(spec);
        return spec;
    }

    static void addTo(CommandSpec spec) {
        for (Setting setting : Setting.values()) {
            spec.addOption(option(setting));
        }
        spec.addOption(OptionSpec.builder(PLACEHOLDER).paramLabel("NAME=VALUE")
                .type(Map.class).auxiliaryTypes(String.class, String.class).initialValue(new LinkedHashMap<>())
                .description(literal("A script placeholder ${NAME}; repeatable (env "
                        + ConfigurationResolver.PLACEHOLDER_ENVIRONMENT_PREFIX + "<NAME>).")).build());
        spec.addOption(OptionSpec.builder(CONFIG).paramLabel("FILE").type(Path.class)
                .description("Properties file keyed by the Maven property names, e.g. "
                        + Setting.KEYSPACE.property() + "=app.").build());
    }

    private static OptionSpec option(Setting setting) {
        StringBuilder description = new StringBuilder(withoutFinalPeriod(setting.description()))
                .append(" (env ").append(setting.environmentVariable());
        setting.defaultValue().ifPresent(value -> description.append(", default ").append(value));
        description.append(").");
        OptionSpec.Builder option = OptionSpec.builder(setting.flag()).paramLabel(setting.valueFormat())
                .type(String.class);
        if (setting.isSecret()) {
            option.arity("0..1").interactive(true);
            description.append(" Prompted for when given without a value.");
        }
        if (setting.isSwitch()) {
            option.arity("0..1").fallbackValue("true");
            description.append(" Alone, the flag means true.");
        }
        return option.description(literal(description.toString())).build();
    }

    static String withoutFinalPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** picocli reads ${...} in descriptions as its own variables; $${ keeps a script placeholder as written. */
    private static String literal(String text) {
        return text.replace("${", "$${");
    }

    /** The resolver with a parsed command's values, the environment and the config file layered. */
    static ConfigurationResolver resolver(CommandSpec spec, Map<String, String> environment) {
        ConfigurationResolver resolver = ConfigurationResolver.create();
        for (Setting setting : Setting.values()) {
            resolver.explicit(setting, spec.findOption(setting.flag()).getValue());
        }
        Map<String, String> placeholders = spec.findOption(PLACEHOLDER).getValue();
        resolver.explicitPlaceholders(placeholders).environment(environment);
        Path configFile = spec.findOption(CONFIG).getValue();
        if (configFile != null) {
            resolver.propertiesFile(configFile);
        }
        return resolver;
    }
}
