package org.cqlshift.internal.cql;

import java.util.Objects;
import org.cqlshift.internal.Checksum;

/**
 * A CQL script with its {@link Checksum}: versioned ({@code <version>_<description>.cql}), baseline
 * ({@code B<version>__<description>.cql}) or repeatable ({@code R__<description>.cql}, version 0); the file name
 * tells which.
 */
public final class MigrationScript {

    /** A first line of exactly this leaves the script's text as it is, whatever the placeholders are. */
    public static final String PLACEHOLDERS_OFF = "-- placeholders: off";

    private final int version;
    private final String description;
    private final String fileName;
    private final String source;
    private final String content;
    private final String checksum;

    /**
     * @param fileName    the file name alone, such as {@code 3_add_orders.cql}
     * @param source      where the file was read, as shown to users (a path, or {@code classpath:...})
     * @param description the name's part after the version, underscores shown as spaces
     */
    public MigrationScript(int version, String description, String fileName, String source, String content) {
        this.version = version;
        this.description = Objects.requireNonNull(description, "description");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.source = Objects.requireNonNull(source, "source");
        this.content = Objects.requireNonNull(content, "content");
        this.checksum = Checksum.of(content);
    }

    public int version() {
        return version;
    }

    public String description() {
        return description;
    }

    public String fileName() {
        return fileName;
    }

    /** Where the script was read, as shown to users: a file path or {@code classpath:folder/name.cql}. */
    public String source() {
        return source;
    }

    /** The script's text, decoded from UTF-8 (without a byte order mark). */
    public String content() {
        return content;
    }

    /** Whether the script's first line is {@link #PLACEHOLDERS_OFF}, so that its {@code ${...}} are kept as written. */
    public boolean placeholdersOff() {
        return placeholdersOff(content);
    }

    /** Whether a script's text starts with the line {@link #PLACEHOLDERS_OFF}. */
    static boolean placeholdersOff(String content) {
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        return firstLine.stripTrailing().equals(PLACEHOLDERS_OFF);
    }

    /** See {@link Checksum} for the rule. */
    public String checksum() {
        return checksum;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MigrationScript)) {
            return false;
        }
        MigrationScript that = (MigrationScript) other;
        return version == that.version && description.equals(that.description) && fileName.equals(that.fileName)
                && source.equals(that.source) && content.equals(that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, description, fileName, source, content);
    }

    @Override
    public String toString() {
        return source + " (version " + version + ", sha256 " + checksum + ")";
    }
}
