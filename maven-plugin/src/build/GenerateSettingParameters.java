import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cqlshift.api.config.Setting;

/**
 * Writes the source of {@code org.cqlshift.maven.SettingParameters}: one Maven parameter per setting of the
 * core's {@link Setting}, named after its property, with its description as the javadoc that the plugin
 * descriptor and {@code cassandra:help} show. Runs at generate-sources:
 * {@code java -cp <cqlshift-core> GenerateSettingParameters.java <output directory>}.
 */
public final class GenerateSettingParameters {

    private GenerateSettingParameters() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "org", "cqlshift", "maven", "SettingParameters.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(), StandardCharsets.UTF_8);
    }

    static String source() {
        StringBuilder fields = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Setting setting : Setting.values()) {
            fields.append("    /**\n     * ").append(javadoc(setting.description())).append("\n     * <p>Environment variable {@code ")
                    .append(setting.environmentVariable()).append("}")
                    .append(setting.defaultValue().map(value -> "; default {@code " + javadoc(value) + "}").orElse(""))
                    .append(".\n     */\n")
                    .append("    @Parameter(property = \"").append(setting.property()).append("\")\n")
                    .append("    String ").append(setting.parameterName()).append(";\n\n");
            values.append("        values.put(Setting.").append(setting.name()).append(", ")
                    .append(setting.parameterName()).append(");\n");
        }
        return "package org.cqlshift.maven;\n\n"
                + "import java.util.EnumMap;\n"
                + "import java.util.Map;\n"
                + "import org.apache.maven.plugin.AbstractMojo;\n"
                + "import org.apache.maven.plugins.annotations.Parameter;\n"
                + "import org.cqlshift.api.config.Setting;\n\n"
                + "/** Generated from {@link Setting} by src/build/GenerateSettingParameters.java: do not edit. */\n"
                + "abstract class SettingParameters extends AbstractMojo {\n\n"
                + fields
                + "    /** The value of each setting's parameter, null where it is not set. */\n"
                + "    final Map<Setting, String> settingValues() {\n"
                + "        Map<Setting, String> values = new EnumMap<>(Setting.class);\n"
                + values
                + "        return values;\n"
                + "    }\n"
                + "}\n";
    }

    /** Descriptions are plain text; javadoc reads {@code <}, {@code >}, {@code &} and {@code @} as markup. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
