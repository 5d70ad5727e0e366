import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;

/**
 * Writes the source of {@code org.cqlshift.spring.boot.CqlShiftProperties}: one {@code cqlshift.*} property per
 * setting the starter offers ({@link Setting#isOfferedBy}), named after the setting's key in Spring Boot's
 * kebab case, with its description as the javadoc that Spring Boot's configuration processor turns into the
 * metadata IDEs complete from. Runs at generate-sources:
 * {@code java -cp <classpath> GenerateProperties.java <output directory>}.
 */
public final class GenerateProperties {

    private GenerateProperties() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], "org", "cqlshift", "spring", "boot", "CqlShiftProperties.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source(), StandardCharsets.UTF_8);
    }

    static String source() {
        List<Setting> settings = Arrays.stream(Setting.values())
                .filter(setting -> setting.isOfferedBy(FrontEnd.SPRING_BOOT)).toList();
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Setting setting : settings) {
            String type = setting.isMap() ? "Map<String, String>"
                    : setting == Setting.CONTACT_POINTS ? "List<String>" : "String";
            String initial = setting.isMap() ? " = new LinkedHashMap<>()"
                    : setting == Setting.CONTACT_POINTS ? " = new ArrayList<>()" : "";
            String name = setting.key();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            fields.append("    /**\n     * ").append(javadoc(setting.description()))
                    .append(setting.defaultValue().map(value -> " Default: " + javadoc(value) + ".").orElse(""))
                    .append("\n     */\n    private ").append(type).append(' ').append(name).append(initial)
                    .append(";\n\n");
            accessors.append("    public ").append(type).append(" get").append(capitalized).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n")
                    .append("    public void set").append(capitalized).append('(').append(type).append(' ')
                    .append(name).append(") {\n        this.").append(name).append(" = ").append(name)
                    .append(";\n    }\n\n");
            if (setting.isMap()) {
                values.append("        builder.entries(Setting.").append(setting.name()).append(", ").append(name)
                        .append(");\n");
            } else if (setting == Setting.CONTACT_POINTS) {
                values.append("        builder.setting(Setting.").append(setting.name()).append(", String.join(\",\", ")
                        .append(name).append("));\n");
            } else {
                values.append("        builder.setting(Setting.").append(setting.name()).append(", ").append(name)
                        .append(");\n");
            }
        }
        return "package org.cqlshift.spring.boot;\n\n"
                + "import java.util.ArrayList;\n"
                + "import java.util.LinkedHashMap;\n"
                + "import java.util.List;\n"
                + "import java.util.Map;\n"
                + "import org.cqlshift.api.CqlShiftBuilder;\n"
                + "import org.cqlshift.api.config.Setting;\n"
                + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
                + "/**\n"
                + " * Settings under {@code cqlshift.*}, one per setting the starter offers; unset ones take the defaults of\n"
                + " * the command line and the Maven plugin. Generated from {@link Setting} by src/build/GenerateProperties.java:\n"
                + " * do not edit.\n"
                + " */\n"
                + "@ConfigurationProperties(\"cqlshift\")\n"
                + "public class CqlShiftProperties {\n\n"
                + fields
                + accessors
                + "    /** Gives the builder every property that is set. */\n"
                + "    public CqlShiftBuilder applyTo(CqlShiftBuilder builder) {\n"
                + values
                + "        return builder;\n"
                + "    }\n"
                + "}\n";
    }

    /** Descriptions are plain text; javadoc reads {@code <}, {@code >}, {@code &} and {@code @} as markup. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
