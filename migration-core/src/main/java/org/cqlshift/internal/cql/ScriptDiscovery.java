package org.cqlshift.internal.cql;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
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

import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.cql.ScriptException;

/**
 * Finds the versioned scripts of a {@link Location}: the files named {@code <version>_<description>.cql}
 * directly in a directory, or in a classpath folder (in directories or jars on the class path).
 * Other files (README.md, .gitkeep), hidden files and sub-directories are ignored; see
 * {@link ScriptName#isCandidate}.
 */
public final class ScriptDiscovery {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ScriptDiscovery() {
    }

    /** Reads classpath folders through this class's own loader, as a configuration does by default. */
    public static List<MigrationScript> discover(Location location) {
        return discover(location, ScriptDiscovery.class.getClassLoader());
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
                .filter(file -> ScriptName.isCandidate(file.name))
                .sorted(Comparator.comparing((ScriptFile file) -> file.name).thenComparing(file -> file.origin))
                .collect(Collectors.toList());
        requireScriptNames(scripts);
        for (ScriptFile script : scripts) {
            script.version = ScriptName.version(script.name);
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
            result.add(new MigrationScript(script.version, ScriptName.description(script.name), script.name,
                    script.source, content));
        }
        return List.copyOf(result);
    }

    /** Reports the first badly named script, and names the others so that all can be renamed at once. */
    private static void requireScriptNames(List<ScriptFile> scripts) {
        List<ScriptFile> misnamed = scripts.stream().filter(s -> ScriptName.problem(s.name) != null).collect(Collectors.toList());
        if (misnamed.isEmpty()) {
            return;
        }
        ScriptFile first = misnamed.get(0);
        String others = misnamed.size() == 1 ? "" : misnamed.stream().skip(1).map(s -> s.name)
                .collect(Collectors.joining(", ", " (also misnamed: ", ")"));
        throw new ScriptException(first.source, 0, 0, ScriptName.problem(first.name) + ": " + ScriptName.RULE + others,
                "Rename the " + (misnamed.size() == 1 ? "file" : "files") + "; a .cql file in " + first.folder
                        + " is always taken for a migration script.");
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
            int firstCharacter = out.length() > 0 && out.charAt(0) == BYTE_ORDER_MARK.charAt(0) ? 1 : 0;
            TextPosition at = TextPosition.START.advance(out, firstCharacter, out.length());
            throw new ScriptException(script.source, at.line(), at.column(),
                    String.format("found byte 0x%02X (file offset %d) where UTF-8 text was expected",
                            bytes[in.position()] & 0xFF, in.position()),
                    "Save the script as UTF-8, for example with your editor's encoding setting or"
                            + " iconv -f WINDOWS-1252 -t UTF-8; scripts are always read as UTF-8.");
        }
        out.flip();
        String text = out.toString();
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
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
            // Not only regular files: a dangling link named like a script must be reported, not skipped.
            return entries.filter(file -> !Files.isDirectory(file))
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
            if (seen.isEmpty()) {
                for (Path jar : jarsOnClassPath(classLoader)) {
                    try (JarFile jarFile = new JarFile(jar.toFile())) {
                        if (holdsFolder(jarFile, folder)) {
                            seen.add(jar.toString());
                            files.addAll(listJar(location, folder, jarFile));
                        }
                    }
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
            String prefix = classpathPrefix(folder);
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
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            return listJar(location, folder, jar);
        }
    }

    /** The scripts directly in {@code folder} of a jar, read now because the jar is closed afterwards. */
    private static List<ScriptFile> listJar(Location location, String folder, JarFile jar) {
        String entryPrefix = folder.isEmpty() ? "" : folder + "/";
        List<ScriptFile> files = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(entryPrefix) || name.indexOf('/', entryPrefix.length()) >= 0
                    || !ScriptName.isCandidate(name)) {
                continue;
            }
            BytesReader reader;
            try (InputStream in = jar.getInputStream(entry)) {
                byte[] bytes = in.readAllBytes();
                reader = () -> bytes;
            } catch (IOException e) {
                reader = () -> {
                    throw e;
                };
            }
            String fileName = name.substring(entryPrefix.length());
            files.add(new ScriptFile(fileName, classpathPrefix(folder) + fileName, jar.getName() + "!/" + name,
                    location.toString(), reader));
        }
        return files;
    }

    private static boolean holdsFolder(JarFile jar, String folder) {
        String entryPrefix = folder + "/";
        return jar.stream().anyMatch(entry -> entry.getName().startsWith(entryPrefix));
    }

    /**
     * Jars written without directory entries hide their folders from {@link ClassLoader#getResources}; these
     * are the jars to look into then: those of URL class loaders in the chain, and those of the class path.
     */
    private static Set<Path> jarsOnClassPath(ClassLoader classLoader) {
        Set<Path> jars = new LinkedHashSet<>();
        for (ClassLoader loader = classLoader; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader) {
                for (URL url : ((URLClassLoader) loader).getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            jars.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // Not a plain file URL: nothing this fallback can open.
                        }
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                jars.add(Path.of(entry).toAbsolutePath());
            }
        }
        jars.removeIf(path -> !Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"));
        return jars;
    }

    private static String classpathPrefix(String folder) {
        return Location.CLASSPATH_PREFIX + (folder.isEmpty() ? "" : folder + "/");
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
