package org.cqlmigrate.internal.cql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cqlmigrate.api.config.ConfigurationException;
import org.cqlmigrate.api.config.Location;
import org.cqlmigrate.api.config.Setting;
import org.cqlmigrate.api.cql.ScriptException;

/**
 * Finds the versioned scripts of a {@link Location}: the files named {@code <version>_<description>.cql}
 * directly in a directory, or in a classpath folder (in directories or jars on the class path).
 * Other files (README.md, .gitkeep) and sub-directories are ignored.
 */
public final class ScriptDiscovery {

    static final String EXTENSION = ".cql";
    static final String NAMING_RULE = "a script is named <version>_<description>.cql, where <version> is a whole"
            + " number from 1 to " + Integer.MAX_VALUE + ", for example 1_create_users.cql or 002_add_orders.cql";

    private ScriptDiscovery() {
    }

    /** Reads classpath folders through the thread's context class loader, or this class's loader without one. */
    public static List<MigrationScript> discover(Location location) {
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        return discover(location, contextLoader != null ? contextLoader : ScriptDiscovery.class.getClassLoader());
    }

    /**
     * @return the scripts, sorted by version
     * @throws ConfigurationException when the directory or classpath folder does not exist
     * @throws ScriptException        for a badly named, duplicate, unreadable or non-UTF-8 script
     */
    public static List<MigrationScript> discover(Location location, ClassLoader classLoader) {
        List<ScriptFile> files = location.isClasspath()
                ? listClasspathFolder(location, classLoader)
                : listDirectory(location);
        List<ScriptFile> scripts = files.stream()
                .filter(file -> isScriptName(file.name))
                .sorted(Comparator.comparing((ScriptFile file) -> file.name).thenComparing(file -> file.origin))
                .collect(Collectors.toList());
        for (ScriptFile script : scripts) {
            script.version = parseVersion(script);
        }
        Map<Integer, ScriptFile> byVersion = new TreeMap<>();
        for (ScriptFile script : scripts) {
            ScriptFile other = byVersion.putIfAbsent(script.version, script);
            if (other != null) {
                long nextFree = scripts.stream().mapToInt(s -> s.version).max().orElse(0) + 1L;
                throw new ScriptException(script.source, 0, 0,
                        "version " + script.version + " is used by two scripts: " + other.describe() + " and "
                                + script.describe(),
                        "Give one of them the next free version (" + nextFree
                                + "); keep the version of the one that may already have been applied.");
            }
        }
        List<MigrationScript> result = new ArrayList<>(byVersion.size());
        for (ScriptFile script : byVersion.values()) {
            String content = decode(script, script.bytes());
            result.add(new MigrationScript(script.version, description(script.name), script.name, script.source,
                    content));
        }
        return List.copyOf(result);
    }

    private static boolean isScriptName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    private static int parseVersion(ScriptFile script) {
        String name = script.name;
        int underscore = name.indexOf('_');
        String problem = null;
        int version = 0;
        if (underscore <= 0) {
            problem = "file name " + name + " does not start with <version>_";
        } else if (underscore + 1 >= name.length() - EXTENSION.length()) {
            problem = "file name " + name + " has no description after " + name.substring(0, underscore + 1);
        } else {
            String digits = name.substring(0, underscore);
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                problem = "file name " + name + " starts with '" + digits + "', which is not a whole number";
            } else {
                try {
                    version = Integer.parseInt(digits);
                } catch (NumberFormatException e) {
                    problem = "the version of " + name + " is larger than " + Integer.MAX_VALUE;
                }
                if (problem == null && version < 1) {
                    problem = "the version of " + name + " is 0; versions start at 1";
                }
            }
        }
        if (problem == null) {
            return version;
        }
        throw new ScriptException(script.source, 0, 0, problem + ": " + NAMING_RULE,
                "Rename the file; a .cql file in " + script.folder + " is always taken for a migration script.");
    }

    /** {@code 2_add_user_email.cql} is described as {@code add user email}. */
    private static String description(String fileName) {
        String base = fileName.substring(fileName.indexOf('_') + 1, fileName.length() - EXTENSION.length());
        return base.replace('_', ' ').trim();
    }

    /** Strict UTF-8: a malformed byte is reported at its line and column rather than shown as U+FFFD. */
    private static String decode(ScriptFile script, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            TextPosition at = TextPosition.START.advance(out, out.length());
            throw new ScriptException(script.source, at.line(), at.column(),
                    String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[in.position()] & 0xFF,
                            in.position()),
                    "Save the script as UTF-8 (Cassandra's CQL is UTF-8).");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<ScriptFile> listDirectory(Location location) {
        Path directory = location.directory().orElseThrow();
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException(
                    "Migrations directory " + directory + (Files.exists(directory) ? " is not a directory" : " does not exist"),
                    "Create it, or set " + settingNames() + " to the directory that holds the .cql scripts"
                            + " (or to classpath:<folder>).");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .map(file -> new ScriptFile(file.getFileName().toString(), file.toString(), file.toString(),
                            directory.toString(), () -> Files.readAllBytes(file)))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException("Cannot list migrations directory " + directory + ": " + e.getMessage(),
                    "Check that the directory is readable.", e);
        }
    }

    private static List<ScriptFile> listClasspathFolder(Location location, ClassLoader classLoader) {
        String folder = location.classpathFolder().orElseThrow();
        Set<String> seen = new LinkedHashSet<>();
        List<ScriptFile> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (seen.add(root.toString())) {
                    files.addAll(listClasspathRoot(location, folder, root));
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot list classpath folder " + location + ": " + e.getMessage(),
                    "Check the jars and directories on the class path.", e);
        }
        if (seen.isEmpty()) {
            throw new ConfigurationException("Migrations folder " + location + " was not found on the class path",
                    "Put the scripts in that folder of the application's resources (src/main/resources/" + folder
                            + "), or set " + settingNames() + " to the folder that holds them"
                            + " (classpath:<folder> or a directory).");
        }
        return files;
    }

    private static List<ScriptFile> listClasspathRoot(Location location, String folder, URL root) throws IOException {
        String prefix = Location.CLASSPATH_PREFIX + (folder.isEmpty() ? "" : folder + "/");
        if ("file".equals(root.getProtocol())) {
            Path directory;
            try {
                directory = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("bad URL " + root, e);
            }
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.filter(Files::isRegularFile)
                        .map(file -> new ScriptFile(file.getFileName().toString(),
                                prefix + file.getFileName(), file.toString(), location.toString(),
                                () -> Files.readAllBytes(file)))
                        .collect(Collectors.toList());
            }
        }
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection)) {
            throw new ConfigurationException("Cannot list classpath folder " + location + " in " + root
                    + ": only directories and jars can be listed",
                    "Set " + settingNames() + " to a directory that holds the scripts.");
        }
        connection.setUseCaches(false);
        List<ScriptFile> files = new ArrayList<>();
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            String entryPrefix = folder.isEmpty() ? "" : folder + "/";
            String jarName = jar.getName();
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(entryPrefix) || name.indexOf('/', entryPrefix.length()) >= 0
                        || !isScriptName(name)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String fileName = name.substring(entryPrefix.length());
                files.add(new ScriptFile(fileName, prefix + fileName, jarName + "!/" + name, location.toString(),
                        () -> bytes));
            }
        }
        return files;
    }

    private static String settingNames() {
        Setting setting = Setting.MIGRATIONS;
        return setting.flag() + " / " + setting.environmentVariable() + " / " + setting.property();
    }

    @FunctionalInterface
    private interface BytesReader {
        byte[] read() throws IOException;
    }

    /** A file found in a location, before it is validated and read. */
    private static final class ScriptFile {
        final String name;
        final String source;
        final String origin;
        final String folder;
        final BytesReader reader;
        int version;

        ScriptFile(String name, String source, String origin, String folder, BytesReader reader) {
            this.name = name;
            this.source = source;
            this.origin = origin;
            this.folder = folder;
            this.reader = reader;
        }

        byte[] bytes() {
            try {
                return reader.read();
            } catch (IOException e) {
                throw new ScriptException(source, 0, 0, "cannot be read: " + e,
                        "Check that the file is readable.", e);
            }
        }

        String describe() {
            return origin.equals(source) ? source : source + " (" + origin + ")";
        }
    }
}
