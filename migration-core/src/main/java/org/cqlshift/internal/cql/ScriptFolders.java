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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.config.Setting;

/**
 * Lists the files directly in a {@link Location}: a directory, or a classpath folder in every directory and jar on
 * the class path that holds it. Jars are read while open, so a listed file's bytes outlive the listing.
 */
final class ScriptFolders {

    private ScriptFolders() {
    }

    /**
     * @throws ConfigurationException when the directory or classpath folder does not exist or cannot be listed
     */
    static List<ScriptFile> list(Location location, ClassLoader classLoader) {
        return location.isClasspath() ? listClasspathFolder(location, classLoader) : listDirectory(location);
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
            ScriptFile.BytesReader reader;
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
}
