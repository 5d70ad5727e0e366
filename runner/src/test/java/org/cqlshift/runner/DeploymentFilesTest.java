package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.StopRule;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Keeps the Kubernetes manifests and the Dockerfile in step with the runner: every command, flag and
 * {@code CASSANDRA_*} variable they use must exist in the real command line and in {@link Setting}.
 */
@Order(3)
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    /** Read by the JVM, or by the launcher bin/cqlshift (JAVA_OPTS). */
    private static final Set<String> OTHER_KNOWN_VARIABLES =
            Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS");

    private final CommandSpec runner = Runner.commandLine(Map.of(),
            new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()),
            StopRule.never())
            .getCommandSpec();

    @Test
    void manifestsUseOnlyRealCommandsFlagsAndVariables() throws IOException {
        List<JsonNode> containers = runnerContainers();
        assertThat(containers).as("cqlshift containers in " + DEPLOY.resolve("kubernetes")).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode container : containers) {
            String where = container.get("name").asText() + " (" + container.get("image").asText() + ")";
            List<String> args = new ArrayList<>();
            container.path("args").forEach(arg -> args.add(arg.asText()));
            assertThat(problemsWithArguments(args)).as(where).isEmpty();

            Set<String> mounts = new TreeSet<>();
            container.path("volumeMounts").forEach(mount -> mounts.add(mount.get("mountPath").asText()));
            for (JsonNode variable : container.path("env")) {
                String name = variable.get("name").asText();
                assertThat(isKnownVariable(name)).as(where + ": environment variable " + name).isTrue();
                if (name.equals(Setting.PASSWORD_FILE.environmentVariable())) {
                    String file = variable.get("value").asText();
                    assertThat(mounts).as(where + ": the directory of " + file + " is mounted")
                            .anyMatch(mount -> file.startsWith(mount + "/"));
                }
                assertThat(name).as(where + ": the password comes from a mounted file, not a variable")
                        .isNotEqualTo(Setting.PASSWORD.environmentVariable());
            }
            assertThat(mounts).as(where).contains("/migrations", "/seeds");
        }
    }

    @Test
    void dockerfileSetsRealVariablesAndRunsARealCommand() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));

        Matcher env = Pattern.compile("(?m)^ENV\\s+((?:.*\\\\\\n)*.*)$").matcher(dockerfile);
        Set<String> variables = new TreeSet<>();
        while (env.find()) {
            Matcher assignment = Pattern.compile("([A-Z_]+)=").matcher(env.group(1));
            while (assignment.find()) {
                variables.add(assignment.group(1));
            }
        }
        assertThat(variables).contains(Setting.MIGRATIONS.environmentVariable(), Setting.SEEDS.environmentVariable());
        assertThat(variables).allSatisfy(name -> assertThat(isKnownVariable(name)).as(name).isTrue());

        Matcher cmd = Pattern.compile("(?m)^CMD\\s+(\\[.*])$").matcher(dockerfile);
        assertThat(cmd.find()).as("a CMD in exec form").isTrue();
        List<String> args = Arrays.stream(new ObjectMapper().readValue(cmd.group(1), String[].class))
                .collect(Collectors.toList());
        assertThat(args).containsExactly("up");
        assertThat(problemsWithArguments(args)).isEmpty();
        assertThat(dockerfile).containsPattern("(?m)^USER \\d+:\\d+$");
    }

    @Test
    void theCheckRejectsUnknownFlagsCommandsAndVariables() {
        assertThat(problemsWithArguments(List.of("up", "--wait-timeout", "30"))).isEmpty();
        assertThat(problemsWithArguments(List.of("up", "--no-such-flag=1"))).containsExactly("unknown flag --no-such-flag of up");
        assertThat(problemsWithArguments(List.of("deploy"))).containsExactly("unknown command deploy");
        assertThat(isKnownVariable("CASSANDRA_WAIT_TIMEOUT")).isTrue();
        assertThat(isKnownVariable("CASSANDRA_PASSWORD_FILE")).isTrue();
        assertThat(isKnownVariable("CASSANDRA_WAIT_TIMEOUT_SECONDS")).isFalse();
    }

    /** What is wrong with a container's arguments: the command and each flag must exist in the runner. */
    private List<String> problemsWithArguments(List<String> args) {
        List<String> problems = new ArrayList<>();
        if (args.isEmpty()) {
            return problems;
        }
        CommandLine subcommand = runner.subcommands().get(args.get(0));
        if (subcommand == null) {
            problems.add("unknown command " + args.get(0));
            return problems;
        }
        CommandSpec spec = subcommand.getCommandSpec();
        for (String arg : args.subList(1, args.size())) {
            if (arg.startsWith("-")) {
                String flag = arg.split("=", 2)[0];
                if (spec.findOption(flag) == null) {
                    problems.add("unknown flag " + flag + " of " + args.get(0));
                }
            }
        }
        return problems;
    }

    private static boolean isKnownVariable(String name) {
        return Arrays.stream(Setting.values()).anyMatch(s -> s.environmentVariable().equals(name))
                || OTHER_KNOWN_VARIABLES.contains(name)
                || Arrays.stream(Setting.values()).anyMatch(s -> s.isMap()
                        && name.startsWith(s.environmentVariable() + "_"));
    }

    private static List<JsonNode> runnerContainers() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<JsonNode> containers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(DEPLOY.resolve("kubernetes"))) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            for (JsonNode document : yaml.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class)
                    .readAll()) {
                JsonNode pod = document.at("/spec/template/spec");
                for (String list : new String[] {"containers", "initContainers"}) {
                    for (JsonNode container : pod.path(list)) {
                        if (container.path("image").asText().startsWith("cqlshift")) {
                            containers.add(container);
                        }
                    }
                }
            }
        }
        return containers;
    }
}
