package org.cqlshift.internal.config;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * The class loader of {@link Setting#CLASSPATH}: the given jars and class directories in front of the front end's
 * own class loader, as {@code java -cp} would add them. The runner starts with {@code -jar}, whose class path is
 * fixed by its manifest, so this is how the user's Java migrations reach it.
 */
final class ExtraClasspath {

    private ExtraClasspath() {
    }

    /** The parent itself when there is nothing to add; the loader lives as long as the process, as the runner's. */
    static ClassLoader over(ClassLoader parent, List<Path> entries) {
        if (entries.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            Path absolute = entry.toAbsolutePath().normalize();
            boolean jar = Files.isRegularFile(absolute) && absolute.getFileName().toString().endsWith(".jar");
            if (!jar && !Files.isDirectory(absolute)) {
                throw new ConfigurationException("Invalid " + Setting.CLASSPATH.property() + " entry '" + entry
                        + "': " + (Files.exists(absolute) ? "not a .jar file or a directory" : "it does not exist")
                        + " (" + absolute + ").", "Give the jars and class directories (such as target/classes)"
                        + " that hold the Java migrations, separated by commas, with " + Setting.CLASSPATH.flag()
                        + ".");
            }
            try {
                urls.add(absolute.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("A file path always makes a URL: " + absolute, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
