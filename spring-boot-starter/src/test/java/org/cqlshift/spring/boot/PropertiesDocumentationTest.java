package org.cqlshift.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.junit.jupiter.api.Test;

/**
 * The starter's properties are the settings it offers, spelled as {@link Setting} spells them, and
 * docs/spring-boot.md's table is theirs, row for row.
 */
class PropertiesDocumentationTest {

    static final String HEADER = "| property | default | what it does |";
    private static final Path DOCUMENT = Path.of("..", "docs", "spring-boot.md");

    @Test
    void everyPropertyIsASettingTheStarterOffersNamedAfterIt() {
        List<String> fields = Arrays.stream(CqlShiftProperties.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())).map(Field::getName).toList();

        assertThat(fields).containsExactlyInAnyOrderElementsOf(offered().stream().map(Setting::key).toList());
    }

    @Test
    void theDocumentsTableIsTheTableOfTheProperties() throws IOException {
        String text = Files.readString(DOCUMENT);
        int start = text.indexOf(HEADER);
        assertThat(start).as("docs/spring-boot.md has a table headed " + HEADER).isNotNegative();
        List<String> rows = Arrays.stream(text.substring(start).split("\n")).skip(2)
                .takeWhile(line -> line.startsWith("|")).collect(Collectors.toList());

        assertThat(rows).containsExactlyElementsOf(rows());
    }

    @Test
    void theAutoConfigurationIsSwitchedByTheEnabledSetting() {
        assertThat(CqlShiftAutoConfiguration.ENABLED_PROPERTY).isEqualTo(Setting.ENABLED.springProperty());
    }

    static List<Setting> offered() {
        return Arrays.stream(Setting.values()).filter(setting -> setting.isOfferedBy(FrontEnd.SPRING_BOOT)).toList();
    }

    /** The documented rows; {@link #main} prints them for the page. */
    static List<String> rows() {
        return offered().stream().map(setting -> "| `" + setting.springProperty() + (setting.isMap() ? ".<name>" : "")
                + "` | " + starterDefault(setting) + " | " + setting.description().replace("|", "\\|") + " |").toList();
    }

    /** Where the starter's default differs from the command's, the starter's. */
    private static String starterDefault(Setting setting) {
        return switch (setting) {
            case CONTACT_POINTS -> "none: the application's session";
            case KEYSPACE -> "the session's keyspace, else `quickstart`";
            case MIGRATIONS -> "`" + CqlShiftMigration.DEFAULT_MIGRATIONS + "`";
            default -> setting.defaultValue().map(value -> "`" + value + "`").orElse("none");
        };
    }

    public static void main(String[] args) {
        System.out.println(HEADER);
        System.out.println("|---|---|---|");
        rows().forEach(System.out::println);
    }
}
