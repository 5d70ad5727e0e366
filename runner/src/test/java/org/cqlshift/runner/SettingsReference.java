package org.cqlshift.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cqlshift.api.Operation;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;

/**
 * The table of every setting in docs/configuration.md, as {@link Setting} declares it: the documentation test
 * compares the page with it row for row, and {@link #main} prints it for the page.
 */
final class SettingsReference {

    static final String HEADER = "| setting | runner flag | environment variable | Maven property | Spring Boot property"
            + " | default | used by | what it does |";

    private SettingsReference() {
    }

    public static void main(String[] args) {
        System.out.println(HEADER);
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows().forEach(System.out::println);
    }

    static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            rows.add(row(setting));
        }
        return rows;
    }

    static String row(Setting setting) {
        String entry = setting.isMap() ? " NAME=VALUE" : "";
        String suffix = setting.isMap() ? ".<name>" : "";
        return "| `" + setting.key() + "` | "
                + offered(setting, FrontEnd.RUNNER, "`" + setting.flag() + entry + "`") + " | "
                + (setting.isOfferedBy(FrontEnd.RUNNER) || setting.isOfferedBy(FrontEnd.MAVEN_PLUGIN)
                        ? "`" + setting.environmentVariable() + (setting.isMap() ? "_<NAME>" : "") + "`" : "n/a") + " | "
                + offered(setting, FrontEnd.MAVEN_PLUGIN, "`" + setting.property() + suffix + "`") + " | "
                + offered(setting, FrontEnd.SPRING_BOOT, "`" + setting.springProperty() + suffix + "`") + " | "
                + setting.defaultValue().map(value -> "`" + value + "`").orElse("none") + " | "
                + usedBy(setting.operations()) + " | "
                + setting.description().replace("|", "\\|") + " |";
    }

    private static String offered(Setting setting, FrontEnd frontEnd, String spelling) {
        return setting.isOfferedBy(frontEnd) ? spelling : "n/a";
    }

    private static String usedBy(Set<Operation> operations) {
        if (operations.size() >= Operation.values().length - 1) {
            return "all";
        }
        return operations.stream().map(Operation::commandName).collect(Collectors.joining(", "));
    }
}
