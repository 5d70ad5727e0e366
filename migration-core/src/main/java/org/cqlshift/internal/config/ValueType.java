package org.cqlshift.internal.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.config.Replication;
import org.cqlshift.api.config.Secret;
import org.cqlshift.api.config.Topology;

/**
 * What a setting's text means: how it is parsed and checked, how a value is written back as text (for
 * defaults in help and docs), and the label of its format ({@code SECONDS}, {@code true|false}). A value that
 * cannot be used fails with an {@link IllegalArgumentException} saying what was expected; the caller adds the
 * setting's name and the place the text came from.
 *
 * @param <T> the type of a parsed value
 */
public final class ValueType<T> {

    private final String format;
    private final Function<String, T> parser;
    private final Function<T, String> printer;
    /** Every value there is, when there are a few to choose from; empty otherwise. */
    private final List<String> choices;

    private ValueType(String format, Function<String, T> parser, Function<T, String> printer, List<String> choices) {
        this.format = format;
        this.parser = parser;
        this.printer = printer;
        this.choices = choices;
    }

    public static <T> ValueType<T> of(String format, Function<String, T> parser, Function<T, String> printer) {
        return new ValueType<>(format, parser, printer, List.of());
    }

    public static <T> ValueType<T> of(String format, Function<String, T> parser) {
        return of(format, parser, String::valueOf);
    }

    /** Trims the text and parses it. */
    public T parse(String text) {
        return parser.apply(Objects.requireNonNull(text, "text").trim());
    }

    /** The value as a user would write it. */
    @SuppressWarnings("unchecked")
    public String text(Object value) {
        return printer.apply((T) value);
    }

    public String format() {
        return format;
    }

    public boolean isSwitch() {
        return this == BOOLEAN;
    }

    /** Every value there is, as written, when there are a few to choose from (for completion); empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    public static final ValueType<String> TEXT = of("TEXT", text -> requireText(text, "a value"));
    public static final ValueType<Secret> SECRET = of("PASSWORD", text -> Secret.of(requireText(text, "a value")));
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("true|false", ValueType::bool, String::valueOf,
            List.of("true", "false"));
    public static final ValueType<Duration> POSITIVE_SECONDS = of("SECONDS", text -> seconds(text, 1),
            duration -> Long.toString(duration.toSeconds()));
    public static final ValueType<Duration> SECONDS = of("SECONDS", text -> seconds(text, 0),
            duration -> Long.toString(duration.toSeconds()));
    public static final ValueType<List<InetSocketAddress>> CONTACT_POINTS = of("HOST:PORT[,HOST:PORT...]",
            ContactPoints::parse, points -> points.stream().map(point -> point.getHostString() + ":" + point.getPort())
                    .collect(Collectors.joining(",")));
    public static final ValueType<String> CASSANDRA_VERSION = of("VERSION",
            text -> requireText(text, "a cassandra-all version"));
    public static final ValueType<String> KEYSPACE = of("NAME", Identifiers::requireKeyspaceName);
    public static final ValueType<String> DATACENTER = of("DC", text -> requireText(text, "a datacenter name"));
    public static final ValueType<Replication> REPLICATION = of("STRATEGY", Replication::parse);
    public static final ValueType<Topology> TOPOLOGY = of("DC:N[,DC:N...]", Topology::parse);
    public static final ValueType<Location> LOCATION = of("DIR|classpath:FOLDER", Location::parse);
    public static final ValueType<Path> DIRECTORY = of("DIR", text -> Path.of(requireText(text, "a directory")));
    public static final ValueType<Path> OUTPUT_FILE = of("FILE", text -> Path.of(requireText(text, "a file name")));
    public static final ValueType<Path> READABLE_FILE = of("FILE", ValueType::readableFile);
    public static final ValueType<String> FOLDER_NAME = of("NAME", ValueType::folderName);
    public static final ValueType<Integer> POSITIVE_INTEGER = of("N", text -> integer(text, 1));
    public static final ValueType<Integer> VERSION = of("VERSION", text -> integer(text, 1));
    public static final ValueType<Integer> PORT = of("PORT", text -> port(text));
    public static final ValueType<List<String>> NAMES = of("NAME[,NAME...]", ValueType::names,
            names -> String.join(",", names));
    public static final ValueType<List<Path>> PATHS = of("PATH[,PATH...]",
            text -> names(text).stream().map(Path::of).toList(),
            paths -> paths.stream().map(Path::toString).collect(Collectors.joining(",")));
    public static final ValueType<DefaultConsistencyLevel> CONSISTENCY = of("LEVEL", ValueType::regularLevel);
    public static final ValueType<DefaultConsistencyLevel> SERIAL_CONSISTENCY = of("SERIAL|LOCAL_SERIAL",
            ValueType::serialLevel);

    /** One of an enum's constants, written as {@code labels} give them (case and {@code _}/{@code -} ignored). */
    public static <E extends Enum<E>> ValueType<E> choice(Class<E> type, Function<E, String> label) {
        E[] constants = type.getEnumConstants();
        List<String> labels = Arrays.stream(constants).map(label).toList();
        return new ValueType<>(String.join("|", labels), text -> {
            String wanted = text.toLowerCase(Locale.ROOT).replace('_', '-');
            return Arrays.stream(constants).filter(constant -> label.apply(constant).equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("expected one of " + String.join(", ", labels)));
        }, label, labels);
    }

    private static String requireText(String text, String what) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("expected " + what + " but found nothing");
        }
        return text;
    }

    private static boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static Duration seconds(String text, long least) {
        long seconds;
        try {
            seconds = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number of seconds");
        }
        if (seconds < least) {
            throw new IllegalArgumentException(least == 0 ? "expected a number of seconds that is not negative"
                    : "expected a positive number of seconds");
        }
        return Duration.ofSeconds(seconds);
    }

    private static int integer(String text, int least) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number");
        }
        if (value < least) {
            throw new IllegalArgumentException("expected a whole number of at least " + least);
        }
        return value;
    }

    private static int port(String text) {
        int port = integer(text, 0);
        if (port > 65535) {
            throw new IllegalArgumentException("expected a port from 0 (any free one) to 65535");
        }
        return port;
    }

    private static Path readableFile(String text) {
        Path path = Path.of(requireText(text, "a file"));
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("no readable file at " + path.toAbsolutePath());
        }
        return path.toAbsolutePath();
    }

    private static String folderName(String text) {
        if (!text.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("expected a folder name of letters, digits, '.', '_' and '-'");
        }
        return text;
    }

    private static List<String> names(String text) {
        List<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toList());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("expected one or more names separated by commas");
        }
        return List.copyOf(names);
    }

    private static DefaultConsistencyLevel level(String text) {
        try {
            return DefaultConsistencyLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a consistency level, one of "
                    + Arrays.toString(DefaultConsistencyLevel.values()));
        }
    }

    private static DefaultConsistencyLevel regularLevel(String text) {
        DefaultConsistencyLevel level = level(text);
        if (level.isSerial()) {
            throw new IllegalArgumentException(level + " is a serial consistency level: it only applies to"
                    + " lightweight transactions; expected one of " + Arrays.stream(DefaultConsistencyLevel.values())
                    .filter(candidate -> !candidate.isSerial()).collect(Collectors.toList()));
        }
        return level;
    }

    private static DefaultConsistencyLevel serialLevel(String text) {
        DefaultConsistencyLevel level = level(text);
        if (!level.isSerial()) {
            throw new IllegalArgumentException("expected SERIAL or LOCAL_SERIAL but found " + level);
        }
        return level;
    }
}
