package org.cqlshift.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.runner.Runner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of bad values, each given through the command line, the Maven plugin and the Java API: every door
 * refuses it with the same message and suggestion, and exit code 2 where there is one. No node is needed, since a
 * bad value is refused before anything connects.
 */
class SameErrorThroughEveryDoorTest {

    record BadValue(String command, Setting setting, String value) {
        @Override
        public String toString() {
            return setting.key() + " '" + value + "'";
        }
    }

    static List<BadValue> badValues() {
        return List.of(
                new BadValue("migrate", Setting.CONTACT_POINTS, "db:x"),
                new BadValue("migrate", Setting.KEYSPACE, "My-App"),
                new BadValue("migrate", Setting.REPLICATION, "Simple:3"),
                new BadValue("migrate", Setting.LOCK_TTL, "soon"),
                new BadValue("migrate", Setting.REQUEST_TIMEOUT, "-1"),
                new BadValue("migrate", Setting.CONSISTENCY, "SERIAL"),
                new BadValue("migrate", Setting.SERIAL_CONSISTENCY, "QUORUM"),
                new BadValue("migrate", Setting.TLS, "yes"),
                new BadValue("migrate", Setting.TARGET, "0"),
                new BadValue("migrate", Setting.DRIVER_CONFIG, "no-such-application.conf"),
                new BadValue("migrate", Setting.EMBEDDED_NODES, "0"),
                new BadValue("migrate", Setting.EMBEDDED_TOPOLOGY, "dc1=2"),
                new BadValue("info", Setting.FORMAT, "table"),
                new BadValue("seed", Setting.SEED_MODE, "replace"),
                new BadValue("seed", Setting.SEED_PROFILE, "dev/eu"),
                new BadValue("seed", Setting.SEED_CONCURRENCY, "many"),
                new BadValue("export", Setting.EXPORT_FORMAT, "xml"),
                new BadValue("export", Setting.EXPORT_PAGE_SIZE, "0"),
                new BadValue("baseline", Setting.BASELINE_VERSION, "-3"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void everyDoorRefusesABadValueWithTheSameMessage(BadValue bad) throws Exception {
        ConfigurationException javaApi = catchThrowableOfType(ConfigurationException.class,
                () -> CqlShift.configure().setting(bad.setting(), bad.value()).load());
        List<String> expected = ErrorReport.of(javaApi).lines();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Runner.run(new String[] {bad.command(), bad.setting().flag(), bad.value()}, Map.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(expected);

        AbstractCassandraMojo mojo = mojo(bad);
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(failure.getMessage()).isEqualTo(ErrorReport.of(javaApi).withKind());
        assertThat(failure.getMessage()).startsWith("bad configuration or input (exit code 2)");
    }

    /** The goal of the command's name, with the setting's parameter set as a POM or -D would set it. */
    private static AbstractCassandraMojo mojo(BadValue bad) throws Exception {
        String name = Character.toUpperCase(bad.command().charAt(0)) + bad.command().substring(1);
        AbstractCassandraMojo mojo = (AbstractCassandraMojo) Class.forName("org.cqlshift.maven." + name + "Mojo")
                .getDeclaredConstructor().newInstance();
        Class<?> parameters = Class.forName("org.cqlshift.maven." + name + "Parameters");
        parameters.getDeclaredField(bad.setting().key()).set(mojo, bad.value());
        mojo.basedir = new File(".");
        mojo.project = new MavenProject();
        mojo.project.setRemoteArtifactRepositories(List.of());
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        return mojo;
    }
}
