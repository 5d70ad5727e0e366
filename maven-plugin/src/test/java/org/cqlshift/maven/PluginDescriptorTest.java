package org.cqlshift.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Locale;
import org.cqlshift.api.Operation;
import org.cqlshift.api.config.FrontEnd;
import org.cqlshift.api.config.Setting;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the generated plugin descriptor: what Maven users actually get. */
class PluginDescriptorTest {

    private final Document descriptor = parse(Path.of("target/classes/META-INF/maven/plugin.xml"));

    @Test
    void goalPrefixIsCassandra() {
        assertThat(text(descriptor.getDocumentElement(), "goalPrefix")).isEqualTo("cassandra");
    }

    @Test
    void everyGoalReadsExactlyItsOperationsSettingsEachFromItsProperty() throws Exception {
        List<String> operationGoals = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            Class<?> implementation = Class.forName(text(mojo, "implementation"));
            if (!AbstractCassandraMojo.class.isAssignableFrom(implementation)) {
                continue;
            }
            String goal = text(mojo, "goal");
            operationGoals.add(goal);
            Operation operation = Operation.valueOf(goal.toUpperCase(Locale.ROOT));
            Set<String> expressions = expressions(mojo);
            for (Setting setting : Setting.offered(FrontEnd.MAVEN_PLUGIN, operation)) {
                if (!setting.isMap()) {
                    assertThat(expressions).as("properties of goal %s", goal).contains("${" + setting.property() + "}");
                }
            }
            assertThat(editableParameters(mojo)).as("parameters of goal %s", goal)
                    .containsExactlyInAnyOrderElementsOf(Setting.offered(FrontEnd.MAVEN_PLUGIN, operation).stream()
                            .map(Setting::key).toList());
        }
        assertThat(operationGoals).contains("migrate", "start");
    }

    @Test
    void theStopGoalNamesItsDirectoryAsTheSetting() {
        assertThat(editableParameters(mojo("stop")))
                .containsExactlyInAnyOrder(Setting.EMBEDDED_DIRECTORY.key(), Setting.SKIP.key());
        assertThat(expressions(mojo("stop"))).contains("${" + Setting.EMBEDDED_DIRECTORY.property() + "}",
                "${" + Setting.SKIP.property() + "}");
    }

    @Test
    void theGoalsIncludeUpAndTheGeneratedHelp() {
        List<String> goals = new ArrayList<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(text((Element) mojos.item(i), "goal"));
        }
        assertThat(goals).contains("up", "help", "migrate", "seed", "verify", "start", "stop");
    }

    @Test
    void everySettingIsAParameterNamedAfterItsKeyAndDescribedWithItsEnvironmentVariable() {
        Element parameters = (Element) mojo("up").getElementsByTagName("parameters").item(0);
        for (Setting setting : Setting.offered(FrontEnd.MAVEN_PLUGIN, Operation.UP)) {
            Element parameter = null;
            NodeList all = parameters.getElementsByTagName("parameter");
            for (int i = 0; i < all.getLength(); i++) {
                if (text((Element) all.item(i), "name").equals(setting.key())) {
                    parameter = (Element) all.item(i);
                }
            }
            assertThat(parameter).as("parameter %s", setting.key()).isNotNull();
            assertThat(text(parameter, "description")).as("description of %s", setting.key())
                    .contains(setting.environmentVariable());
        }
    }

    /** The parameters a user can set, leaving out what Maven injects (the project, the session, ...). */
    private static List<String> editableParameters(Element mojo) {
        List<String> names = new ArrayList<>();
        NodeList all = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        for (int i = 0; i < all.getLength(); i++) {
            Element parameter = (Element) all.item(i);
            if (text(parameter, "editable").equals("true")) {
                names.add(text(parameter, "name"));
            }
        }
        return names;
    }

    @Test
    void theReadmesTableOfGoalsNamesEveryGoalAndNoOther() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## The Maven plugin"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> documented = new HashSet<>();
        for (String row : section.lines().filter(line -> line.startsWith("| `cassandra:")).toList()) {
            Matcher goal = Pattern.compile("`(?:cassandra:)?([a-z]+)`")
                    .matcher(row.split("\\|")[1]);
            while (goal.find()) {
                documented.add(goal.group(1));
            }
        }
        Set<String> goals = new HashSet<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            goals.add(text((Element) mojos.item(i), "goal"));
        }
        assertThat(documented).isEqualTo(goals);
    }

    private Element mojo(String goal) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            if (text((Element) mojos.item(i), "goal").equals(goal)) {
                return (Element) mojos.item(i);
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    private static Set<String> expressions(Element mojo) {
        Set<String> expressions = new HashSet<>();
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        NodeList parameters = configuration.getChildNodes();
        for (int i = 0; i < parameters.getLength(); i++) {
            Node parameter = parameters.item(i);
            if (parameter instanceof Element) {
                expressions.add(parameter.getTextContent().trim());
            }
        }
        return expressions;
    }

    private static String text(Element parent, String child) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && node.getNodeName().equals(child)) {
                return node.getTextContent().trim();
            }
        }
        throw new AssertionError("<" + parent.getNodeName() + "> has no <" + child + ">");
    }

    private static Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the plugin descriptor " + file.toAbsolutePath(), e);
        }
    }
}
