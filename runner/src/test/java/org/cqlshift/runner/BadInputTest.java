package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case under {@code src/test/resources/bad-input/}: its input files, the command line, the exit code
 * and the fragments its error message must contain (see docs/bad-input.md). Each case runs the real runner
 * against a real node and must leave its keyspace untouched: not created, or, for the cases that need the
 * tables ({@code "prepare": "migrate"}, sharing one keyspace migrated once), without rows.
 */
@ExtendWith(CassandraExtension.class)
class BadInputTest {

    private static final Path CASES = casesDirectory();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path certificatesDirectory;

    private static final String MIGRATED_KEYSPACE = "bad_input_migrated";

    private static TestCertificates certificates;
    private static CqlSession session;
    private static Path baseMigrations;

    @TempDir
    Path work;

    /** One case as its case.json describes it. */
    record Case(String description, List<String> args, int exitCode, List<String> messageContains, String prepare) {
    }

    @BeforeAll
    static void setUp(EmbeddedCassandra node) throws Exception {
        certificates = TestCertificates.create(certificatesDirectory);
        // DDL on a busy machine can take longer than the driver's default 2 s.
        session = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        session.execute("DROP KEYSPACE IF EXISTS " + MIGRATED_KEYSPACE);
        baseMigrations = certificatesDirectory.resolve("base");
        copy(CASES.resolve("_base"), baseMigrations);
        RunResult migrated = RunResult.run(Map.of(), "migrate", "--contact-points", node.contactPointText(),
                "--keyspace", MIGRATED_KEYSPACE, "--migrations", baseMigrations.resolve("migrations").toString());
        assertThat(migrated.exitCode).as(migrated.toString()).isZero();
    }

    @AfterAll
    static void closeSession() {
        if (session != null) {
            session.close();
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> directories = Files.list(CASES)) {
            return directories.map(directory -> directory.getFileName().toString())
                    .filter(name -> !name.startsWith("_")).sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsNonZeroWithAClearMessageAndWritesNothing(String name, EmbeddedCassandra node) throws IOException {
        Case spec = JSON.readValue(CASES.resolve(name).resolve("case.json").toFile(), Case.class);
        boolean migrated = "migrate".equals(spec.prepare());
        String keyspace = migrated ? MIGRATED_KEYSPACE : "bad_input_" + name.substring(0, 2);
        if (!migrated) {
            session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
            copy(CASES.resolve("_base"), work);
        }
        Files.createDirectories(work.resolve("seeds"));
        copy(CASES.resolve(name), work);
        Map<String, String> defaults = Map.of("--contact-points", node.contactPointText(), "--keyspace", keyspace,
                "--migrations", (migrated ? baseMigrations : work).resolve("migrations").toString(),
                "--seeds", work.resolve("seeds").toString());

        List<String> args = new ArrayList<>();
        for (String arg : spec.args()) {
            args.add(arg.replace("${dir}", work.toString())
                    .replace("${truststore}", certificates.file("client-trust.p12").toString()));
        }
        defaults.forEach((option, value) -> {
            if (!args.contains(option)) {
                args.addAll(List.of(option, value));
            }
        });
        RunResult result = RunResult.run(Map.of(), args.toArray(String[]::new));

        assertThat(result.exitCode).as("%s: %s%n%s", name, spec.description(), result).isEqualTo(spec.exitCode());
        assertThat(result.err).as("%s: %s%n%s", name, spec.description(), result).contains(spec.messageContains());
        if (migrated) {
            assertThat(session.execute("SELECT count(*) FROM " + keyspace + ".users").one().getLong(0))
                    .as("rows written by %s", name).isZero();
            if (session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ? AND table_name ="
                    + " 'seed_history'", keyspace).one() != null) {
                assertThat(session.execute("SELECT count(*) FROM " + keyspace + ".seed_history").one().getLong(0))
                        .as("seed history written by %s", name).isZero();
            }
        } else {
            assertThat(session.execute("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
                    keyspace).one()).as("keyspace created by %s", name).isNull();
        }
    }

    @Test
    void theDocumentationListsEveryCase() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "bad-input.md"));

        assertThat(cases()).allSatisfy(name -> assertThat(documentation).contains("`" + name + "`"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals("case.json"))
                    .forEach(file -> {
                        Path target = to.resolve(from.relativize(file).toString());
                        try {
                            Files.createDirectories(target.getParent());
                            Files.copy(file, target);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    private static Path casesDirectory() {
        try {
            return Path.of(BadInputTest.class.getResource("/bad-input").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
