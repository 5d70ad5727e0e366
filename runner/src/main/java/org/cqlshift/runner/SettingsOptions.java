package org.cqlshift.runner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.Operation;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's options, one per {@link Setting} the command line offers: flag, value format, description,
 * environment variable and default all come from the core's model, so a new setting needs no change here. The
 * help shows the settings of the command's operation (the command's name is the operation's); the others are
 * accepted too, as environment variables and properties files are, so that one set of flags can serve every
 * command of a script.
 */
public final class SettingsOptions implements CommandLine.IModelTransformer {

    /** Adds the options to a command as picocli builds it; named by {@link ConnectedCommand}'s annotation. */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        Operation operation = operation(spec);
        for (Setting setting : offered()) {
            spec.addOption(option(setting, !setting.appliesTo(operation)));
        }
        return spec;
    }

    /** Every setting the command line offers, whatever the operation. */
    static List<Setting> offered() {
        return Arrays.stream(Setting.values()).filter(setting -> setting.isOfferedBy(FrontEnd.RUNNER)).toList();
    }

    static Operation operation(CommandSpec spec) {
        return Operation.valueOf(spec.name().toUpperCase(Locale.ROOT));
    }

    private static OptionSpec option(Setting setting, boolean hidden) {
        StringBuilder description = new StringBuilder(withoutFinalPeriod(setting.description()))
                .append(" (env ").append(setting.environmentVariable());
        setting.defaultValue().ifPresent(value -> description.append(", default ").append(value));
        description.append(").");
        OptionSpec.Builder option = OptionSpec.builder(setting.flag()).paramLabel(setting.valueFormat());
        if (setting.isMap()) {
            option.type(Map.class).auxiliaryTypes(String.class, String.class).initialValue(new LinkedHashMap<>());
            description.append(" Repeatable.");
        } else {
            option.type(String.class);
        }
        if (!setting.choices().isEmpty()) {
            option.completionCandidates(setting.choices());
        }
        if (setting.isSecret()) {
            option.arity("0..1").interactive(true);
            description.append(" Prompted for when given without a value.");
        }
        if (setting.isSwitch()) {
            option.arity("0..1").fallbackValue("true");
            description.append(" Alone, the flag means true.");
        }
        return option.description(literal(description.toString())).hidden(hidden).build();
    }

    static String withoutFinalPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** picocli reads ${...} in descriptions as its own variables; $${ keeps a script placeholder as written. */
    private static String literal(String text) {
        return text.replace("${", "$${");
    }

    /** Gives the builder every value the parsed command line holds. */
    @SuppressWarnings("unchecked")
    static CqlShiftBuilder apply(CommandSpec spec, CqlShiftBuilder builder) {
        for (Setting setting : offered()) {
            Object value = spec.findOption(setting.flag()).getValue();
            if (setting.isMap()) {
                builder.entries(setting, (Map<String, String>) value);
            } else {
                builder.setting(setting, (String) value);
            }
        }
        return builder;
    }
}
