package org.cqlshift.internal.cql;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;

/**
 * Finds the versioned scripts of a {@link Location}: the files named {@code <version>_<description>.cql}
 * directly in a directory, or in a classpath folder (in directories or jars on the class path), as listed by
 * {@link ScriptFolders}; checks their names and versions and reads them as strict UTF-8.
 * Other files (README.md, .gitkeep), hidden files, sub-directories and callback scripts ({@link CallbackScripts})
 * are ignored; see {@link ScriptName#isCandidate}. Repeatable and baseline scripts in the same folder are left to
 * {@link ScriptKindDiscovery}.
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
        List<ScriptFile> files = ScriptFolders.list(location, classLoader);
        List<ScriptFile> scripts = files.stream()
                .filter(file -> ScriptName.isCandidate(file.name) && CallbackScriptName.event(file.name).isEmpty())
                .filter(file -> !RepeatableScriptName.matches(file.name) && !BaselineScriptName.matches(file.name))
                .sorted(Comparator.comparing((ScriptFile file) -> file.name).thenComparing(file -> file.origin))
                .collect(Collectors.toList());
        CallbackScripts.rejectNearMisses(scripts.stream().filter(s -> ScriptName.problem(s.name) != null).toList());
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
    static String decode(ScriptFile script, byte[] bytes) {
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
}
