package org.cqlshift.internal.cql;

import org.cqlshift.api.CqlShift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.cqlshift.api.Failure;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptDiscoveryTest {

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private List<MigrationScript> discoverDirectory() {
        return ScriptDiscovery.discover(Location.directory(directory));
    }

    @Nested
    class FromADirectory {

        @Test
        void findsScriptsSortedByVersionNumberNotByName() throws IOException {
            write("10_add_index.cql", "CREATE INDEX ON users (email);");
            write("2_add_user_email.cql", "ALTER TABLE users ADD email text;");
            write("1_create_users.cql", "CREATE TABLE users (id uuid PRIMARY KEY);");

            assertThat(discoverDirectory())
                    .extracting(MigrationScript::version, MigrationScript::description, MigrationScript::fileName)
                    .containsExactly(
                            tuple(1, "create users", "1_create_users.cql"),
                            tuple(2, "add user email", "2_add_user_email.cql"),
                            tuple(10, "add index", "10_add_index.cql"));
        }

        @Test
        void readsTheContentAndNamesTheFileBySource() throws IOException {
            Path file = write("1_create_users.cql", "CREATE TABLE users (id uuid PRIMARY KEY, name text); -- é\n");

            MigrationScript script = discoverDirectory().get(0);

            assertThat(script.content()).isEqualTo("CREATE TABLE users (id uuid PRIMARY KEY, name text); -- é\n");
            assertThat(script.source()).isEqualTo(file.toAbsolutePath().normalize().toString());
        }

        @Test
        void ignoresOtherFilesHiddenFilesAndSubdirectories() throws IOException {
            write("1_init.cql", "USE ks;");
            write("README.md", "how to write scripts");
            write(".gitkeep", "");
            write(".#2_locked_by_editor.cql", "");
            write("3_backup.cql~", "");
            write("archive/4_old.cql", "DROP TABLE t;");
            Files.createDirectories(directory.resolve("5_a_directory.cql"));

            assertThat(discoverDirectory()).extracting(MigrationScript::fileName).containsExactly("1_init.cql");
        }

        @Test
        void takesTheExtensionInAnyCaseAndVersionsWithLeadingZeros() throws IOException {
            write("001_first.CQL", "USE ks;");
            write("002_second_step.cql", "USE ks;");

            assertThat(discoverDirectory()).extracting(MigrationScript::version, MigrationScript::description)
                    .containsExactly(tuple(1, "first"), tuple(2, "second step"));
        }

        @Test
        void anEmptyDirectoryHasNoScripts() {
            assertThat(discoverDirectory()).isEmpty();
        }

        @Test
        void dropsAByteOrderMark() throws IOException {
            write("1_bom.cql", "\uFEFFUSE ks;");
            assertThat(discoverDirectory().get(0).content()).isEqualTo("USE ks;");
        }

        @Test
        void aMissingDirectoryNamesThePathAndTheSetting() {
            Path missing = directory.resolve("no-such-dir");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ScriptDiscovery.discover(Location.directory(missing)))
                    .withMessage("Migrations directory " + missing + " does not exist")
                    .satisfies(e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION))
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Create it, or set --migrations"
                            + " / CASSANDRA_MIGRATIONS / cassandra.migrations to the directory that holds the .cql"
                            + " scripts (or to classpath:<folder>)."));
        }

        @Test
        void aFileInsteadOfADirectoryIsReported() throws IOException {
            Path file = write("migrations.txt", "");
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ScriptDiscovery.discover(Location.directory(file)))
                    .withMessage("Migrations directory " + file + " is not a directory");
        }
    }

    @Nested
    class Naming {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "init.cql              | file name init.cql does not start with <version>_",
                "_init.cql             | file name _init.cql does not start with <version>_",
                "V1__init.cql          | file name V1__init.cql starts with 'V1', which is not a whole number",
                "1-init.cql            | file name 1-init.cql does not start with <version>_",
                "1_.cql                | file name 1_.cql has no description after 1_",
                "-3_negative.cql       | file name -3_negative.cql starts with '-3', which is not a whole number",
                "0_zero.cql            | the version of 0_zero.cql is 0; versions start at 1",
                "2147483648_big.cql    | the version of 2147483648_big.cql is larger than 2147483647",
                "99999999999999999999_huge.cql | the version of 99999999999999999999_huge.cql is larger than 2147483647",
        })
        void aBadlyNamedScriptIsReportedWithTheRule(String name, String problem) throws IOException {
            write("1_fine.cql", "USE ks;");
            Path file = write(name, "USE ks;");

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .withMessage(file + ": " + problem + ": a script is named <version>_<description>.cql, where"
                            + " <version> is a whole number from 1 to 2147483647, for example 1_create_users.cql"
                            + " or 002_add_orders.cql; " + RepeatableScriptName.RULE + "; " + BaselineScriptName.RULE)
                    .satisfies(e -> assertThat(e.source()).isEqualTo(file.toString()))
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(0, 0))
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Rename the file; a .cql file in "
                            + directory + " is always taken for a migration script."));
        }

        @Test
        void namesEveryBadlyNamedScriptAtOnce() throws IOException {
            Path first = write("V1__create_users.cql", "USE ks;");
            write("V2__add_orders.cql", "USE ks;");
            write("init.cql", "USE ks;");
            write("3_fine.cql", "USE ks;");

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .withMessageStartingWith(first + ": file name V1__create_users.cql starts with 'V1'")
                    .withMessageEndingWith(" (also misnamed: V2__add_orders.cql, init.cql)")
                    .satisfies(e -> assertThat(e.suggestion().orElseThrow()).startsWith("Rename the files; "));
        }

        @Test
        void versionsWithLeadingZerosAreNotTooLarge() throws IOException {
            write("00000000001_padded.cql", "USE ks;");
            assertThat(discoverDirectory()).extracting(MigrationScript::version).containsExactly(1);
        }

        @Test
        void arbitraryNamesEitherGiveAVersionOrANamingError() throws IOException {
            String[] pieces = {"0", "1", "9", "_", "-", "a", "V", " ", "2147483648", "00000000000"};
            for (int seed = 0; seed < 300; seed++) {
                Random random = new Random(seed);
                StringBuilder name = new StringBuilder();
                for (int i = random.nextInt(6); i >= 0; i--) {
                    name.append(pieces[random.nextInt(pieces.length)]);
                }
                Path folder = Files.createDirectories(directory.resolve("case" + seed));
                Files.writeString(folder.resolve(name + ".cql"), "USE ks;");
                try {
                    List<MigrationScript> scripts = ScriptDiscovery.discover(Location.directory(folder));
                    assertThat(scripts).as("seed %d, name %s", seed, name).singleElement()
                            .satisfies(script -> assertThat(script.version()).isPositive()
                                    .isEqualTo(new BigInteger(name.substring(0, name.indexOf("_"))).intValueExact()));
                } catch (ScriptException e) {
                    assertThat(e.getMessage()).as("seed %d, name %s", seed, name)
                            .contains(name + ".cql").contains("a script is named <version>_<description>.cql");
                }
            }
        }

        @Test
        void theLargestIntIsAValidVersion() throws IOException {
            write("2147483647_last.cql", "USE ks;");
            assertThat(discoverDirectory()).extracting(MigrationScript::version).containsExactly(Integer.MAX_VALUE);
        }

        @Test
        void duplicateVersionsNameBothFilesAndTheNextFreeVersion() throws IOException {
            Path first = write("001_create_users.cql", "CREATE TABLE users (id uuid PRIMARY KEY);");
            Path second = write("1_create_orders.cql", "CREATE TABLE orders (id uuid PRIMARY KEY);");
            write("7_later.cql", "USE ks;");

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .withMessage(second + ": version 1 is used by two scripts: " + first + " and " + second)
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Give one of them the next free version (8);"
                            + " keep the version of the one that may already have been applied."));
        }
    }

    @Nested
    class Reading {

        @Test
        void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() throws IOException {
            byte[] latin1 = "CREATE TABLE t (k int PRIMARY KEY);\n-- caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
            Path file = write("1_latin1.cql", latin1);

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .withMessage(file + ":2:7: found byte 0xE9 (file offset 42) where UTF-8 text was expected")
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(2, 7))
                    .satisfies(e -> assertThat(e.suggestion().orElseThrow()).startsWith("Save the script as UTF-8"));
        }

        @Test
        void aByteOrderMarkIsNotCountedAsAColumn() throws IOException {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] latin1 = "USE caf\u00e9;".getBytes(StandardCharsets.ISO_8859_1);
            byte[] content = Arrays.copyOf(bom, bom.length + latin1.length);
            System.arraycopy(latin1, 0, content, bom.length, latin1.length);
            write("1_bom_latin1.cql", content);

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(1, 8));
        }

        @Test
        void aTruncatedMultiByteCharacterAtTheEndIsReported() throws IOException {
            byte[] euro = "SELECT '\u20ac".getBytes(StandardCharsets.UTF_8);
            byte[] truncated = Arrays.copyOf(euro, euro.length - 1);
            write("1_truncated.cql", truncated);

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(1, 9))
                    .withMessageContaining("found byte 0xE2 (file offset 8)");
        }

        @Test
        void aScriptThatCannotBeReadIsNamed() throws IOException {
            Path link = Files.createSymbolicLink(directory.resolve("3_dangling.cql"), directory.resolve("gone.cql"));

            assertThatExceptionOfType(ScriptException.class)
                    .isThrownBy(() -> discoverDirectory())
                    .withMessageStartingWith(link + ": cannot be read: java.nio.file.NoSuchFileException")
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Check that the file is readable."));
        }
    }

    @Nested
    class FromTheClassPath {

        @Test
        void readsAFolderOfTheTestClassPath() {
            List<MigrationScript> scripts = ScriptDiscovery.discover(Location.parse("classpath:discovery/classpath-migrations"));

            assertThat(scripts).extracting(MigrationScript::version, MigrationScript::source)
                    .containsExactly(
                            tuple(1, "classpath:discovery/classpath-migrations/1_create_users.cql"),
                            tuple(2, "classpath:discovery/classpath-migrations/2_add_user_email.cql"));
            assertThat(scripts.get(1).content()).isEqualTo("ALTER TABLE ${keyspace}.users ADD email text;\n");
        }

        @Test
        void aMissingFolderNamesItAndTheSetting() {
            assertThatExceptionOfType(ConfigurationException.class)
                    .isThrownBy(() -> ScriptDiscovery.discover(Location.parse("classpath:db/nowhere")))
                    .withMessage("Migrations folder classpath:db/nowhere was not found on the class path")
                    .satisfies(e -> assertThat(e.suggestion()).hasValue("Put the scripts in that folder of the"
                            + " application's resources (src/main/resources/db/nowhere), or set --migrations"
                            + " / CASSANDRA_MIGRATIONS / cassandra.migrations to the folder that holds them"
                            + " (classpath:<folder> or a directory)."));
        }

        @Test
        void readsAFolderInAJar() throws IOException {
            Path jar = jar("app.jar", true, Map.of(
                    "db/migrations/2_add_orders.cql", "CREATE TABLE orders (id uuid PRIMARY KEY);",
                    "db/migrations/1_create_users.cql", "CREATE TABLE users (id uuid PRIMARY KEY);",
                    "db/migrations/README.md", "not a script",
                    "db/migrations/old/3_old.cql", "DROP TABLE t;",
                    "db/other/4_other.cql", "USE ks;"));

            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                List<MigrationScript> scripts = ScriptDiscovery.discover(Location.parse("classpath:db/migrations"), loader);

                assertThat(scripts).extracting(MigrationScript::version, MigrationScript::fileName, MigrationScript::source)
                        .containsExactly(
                                tuple(1, "1_create_users.cql", "classpath:db/migrations/1_create_users.cql"),
                                tuple(2, "2_add_orders.cql", "classpath:db/migrations/2_add_orders.cql"));
                assertThat(scripts.get(1).content()).isEqualTo("CREATE TABLE orders (id uuid PRIMARY KEY);");
            }
        }

        @Test
        void readsAJarWrittenWithoutDirectoryEntries() throws IOException {
            Path jar = jar("flat.jar", false, Map.of("db/migrations/1_create_users.cql", "USE ks;"));

            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                assertThat(ScriptDiscovery.discover(Location.parse("classpath:db/migrations"), loader))
                        .extracting(MigrationScript::source)
                        .containsExactly("classpath:db/migrations/1_create_users.cql");
            }
        }

        @Test
        void usesTheConfiguredClassLoaderAndNeverTheThreadsContextClassLoader() throws IOException {
            Path jar = jar("context.jar", true, Map.of("context/migrations/5_from_context.cql", "USE ks;"));
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, previous)) {
                thread.setContextClassLoader(loader);
                assertThatExceptionOfType(ConfigurationException.class)
                        .isThrownBy(() -> ScriptDiscovery.discover(Location.parse("classpath:context/migrations")));
                Configuration configuration = CqlShift.configure().classLoader(loader).load().configuration();
                assertThat(ScriptDiscovery.discover(Location.parse("classpath:context/migrations"),
                        configuration.classLoader()))
                        .extracting(MigrationScript::version).containsExactly(5);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        @Test
        void fallsBackToTheClassesOwnLoaderWithoutAContextClassLoader() {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            try {
                thread.setContextClassLoader(null);
                assertThat(ScriptDiscovery.discover(Location.parse("classpath:discovery/classpath-migrations")))
                        .hasSize(2);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        @Test
        void duplicatesAcrossADirectoryAndAJarNameBoth() throws IOException {
            write("classes/db/migrations/1_create_users.cql", "USE ks;");
            Path jar = jar("lib.jar", true, Map.of("db/migrations/1_create_accounts.cql", "USE ks;"));

            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {directory.resolve("classes").toUri().toURL(), jar.toUri().toURL()}, null)) {
                assertThatExceptionOfType(ScriptException.class)
                        .isThrownBy(() -> ScriptDiscovery.discover(Location.parse("classpath:db/migrations"), loader))
                        .withMessage("classpath:db/migrations/1_create_users.cql: version 1 is used by two scripts:"
                                + " classpath:db/migrations/1_create_accounts.cql (" + jar + "!/db/migrations/1_create_accounts.cql)"
                                + " and classpath:db/migrations/1_create_users.cql ("
                                + directory.resolve("classes/db/migrations/1_create_users.cql") + ")");
            }
        }

        @Test
        void errorsInAJarNameTheClasspathResource() throws IOException {
            Path jar = jar("bad.jar", true, Map.of("db/migrations/1_bad.cql", "USE 'caf\u00e9;"));
            byte[] latin1 = "USE 'caf\u00e9;".getBytes(StandardCharsets.ISO_8859_1);
            Path latin1Jar = jarOfBytes("latin1.jar", Map.of("db/migrations/1_bad.cql", latin1), true);

            try (URLClassLoader fine = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                 URLClassLoader broken = new URLClassLoader(new URL[] {latin1Jar.toUri().toURL()}, null)) {
                assertThat(ScriptDiscovery.discover(Location.parse("classpath:db/migrations"), fine)).hasSize(1);
                assertThatExceptionOfType(ScriptException.class)
                        .isThrownBy(() -> ScriptDiscovery.discover(Location.parse("classpath:db/migrations"), broken))
                        .withMessage("classpath:db/migrations/1_bad.cql:1:9: found byte 0xE9 (file offset 8)"
                                + " where UTF-8 text was expected");
            }
        }

        private Path jar(String name, boolean directoryEntries, Map<String, String> files) throws IOException {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
            return jarOfBytes(name, bytes, directoryEntries);
        }

        /** A jar as build tools write it, or, without directory entries, as some zip tools do. */
        private Path jarOfBytes(String name, Map<String, byte[]> files, boolean directoryEntries) throws IOException {
            Path jar = directory.resolve(name);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
                Set<String> written = new HashSet<>();
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    if (directoryEntries) {
                        String path = file.getKey();
                        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                            String folder = path.substring(0, slash + 1);
                            if (written.add(folder)) {
                                jarOut.putNextEntry(new JarEntry(folder));
                                jarOut.closeEntry();
                            }
                        }
                    }
                    jarOut.putNextEntry(new JarEntry(file.getKey()));
                    jarOut.write(file.getValue());
                    jarOut.closeEntry();
                }
            }
            return jar;
        }
    }

    @Test
    void checksumsIgnoreLineEndingsOnly() throws IOException {
        write("1_lf.cql", "USE ks;\nDROP TABLE t;\n");
        write("2_crlf.cql", "USE ks;\r\nDROP TABLE t;\r\n");
        write("3_cr.cql", "USE ks;\rDROP TABLE t;\r");
        write("4_edited.cql", "USE ks;\nDROP TABLE t; \n");

        List<MigrationScript> scripts = discoverDirectory();

        assertThat(scripts.get(0).checksum())
                .isEqualTo("ebf97a4de1638d7d5b1f6ea843b442c2572667779711eb2ff4cc601a77ee2eed")
                .isEqualTo(scripts.get(1).checksum())
                .isEqualTo(scripts.get(2).checksum())
                .isNotEqualTo(scripts.get(3).checksum());
        assertThat(scripts.get(1).content()).isEqualTo("USE ks;\r\nDROP TABLE t;\r\n");
    }
}
