import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cqlshift.api.Operation;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;

/**
 * Writes the source of one base class per operation, {@code org.cqlshift.maven.<Operation>Parameters}: one Maven
 * parameter per setting the operation takes ({@link Setting#offered}), named after the setting's key and read
 * from its property, with its description as the javadoc that the plugin descriptor and {@code cassandra:help}
 * show. Runs at generate-sources: {@code java -cp <cqlshift-core> GenerateSettingParameters.java <output directory>}.
 */
public final class GenerateSettingParameters {

    private GenerateSettingParameters() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0], "org", "cqlshift", "maven");
        Files.createDirectories(directory);
        for (Operation operation : Operation.values()) {
            Files.writeString(directory.resolve(className(operation) + ".java"), source(operation),
                    StandardCharsets.UTF_8);
        }
    }

    static String className(Operation operation) {
        String name = operation.commandName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Parameters";
    }

    static String source(Operation operation) {
        StringBuilder fields = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        for (Setting setting : Setting.offered(FrontEnd.MAVEN_PLUGIN, operation)) {
            fields.append("    /**\n     * ").append(javadoc(setting.description()))
                    .append("\n     * <p>Property {@code ").append(setting.property())
                    .append(setting.isMap() ? ".<name>" : "").append("}, environment variable {@code ")
                    .append(setting.environmentVariable()).append(setting.isMap() ? "_<NAME>" : "").append("}")
                    .append(setting.defaultValue().map(value -> "; default {@code " + javadoc(value) + "}").orElse(""))
                    .append(".\n     */\n");
            if (setting.isMap()) {
                fields.append("    @Parameter\n    Map<String, String> ").append(setting.key())
                        .append(" = new LinkedHashMap<>();\n\n");
                entries.append("        entries.put(Setting.").append(setting.name()).append(", ")
                        .append(setting.key()).append(");\n");
            } else {
                fields.append("    @Parameter(property = \"").append(setting.property()).append("\")\n")
                        .append("    String ").append(setting.key()).append(";\n\n");
                values.append("        values.put(Setting.").append(setting.name()).append(", ")
                        .append(setting.key()).append(");\n");
            }
        }
        return "package org.cqlshift.maven;\n\n"
                + "import java.util.EnumMap;\n"
                + "import java.util.LinkedHashMap;\n"
                + "import java.util.Map;\n"
                + "import org.apache.maven.plugins.annotations.Parameter;\n"
                + "import org.cqlshift.api.Operation;\n"
                + "import org.cqlshift.api.config.Setting;\n\n"
                + "/** Generated from {@link Setting} by src/build/GenerateSettingParameters.java: do not edit. */\n"
                + "abstract class " + className(operation) + " extends AbstractCassandraMojo {\n\n"
                + fields
                + "    @Override\n"
                + "    final Operation operation() {\n"
                + "        return Operation." + operation.name() + ";\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    final Map<Setting, String> settingValues() {\n"
                + "        Map<Setting, String> values = new EnumMap<>(Setting.class);\n"
                + values
                + "        return values;\n"
                + "    }\n\n"
                + "    @Override\n"
                + "    final Map<Setting, Map<String, String>> settingEntries() {\n"
                + "        Map<Setting, Map<String, String>> entries = new EnumMap<>(Setting.class);\n"
                + entries
                + "        return entries;\n"
                + "    }\n"
                + "}\n";
    }

    /** Descriptions are plain text; javadoc reads {@code <}, {@code >}, {@code &} and {@code @} as markup. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
