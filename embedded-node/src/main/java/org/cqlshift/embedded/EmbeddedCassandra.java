package org.cqlshift.embedded;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Cassandra cluster: {@code org.apache.cassandra:cassandra-all} of a chosen version,
 * run in a forked JVM whose config, data and logs all live under one directory, the data of each release line
 * apart ({@link #dataDirectory()}).
 *
 * <pre>{@code
 * try (EmbeddedCassandra node = EmbeddedCassandra.builder().version("5.0.9")
 *         .directory(Path.of("target/embedded-cassandra")).nativePort(0).build()) {
 *     node.start();
 *     CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())...
 * }
 * }</pre>
 *
 * The node is stopped by {@link #stop()}, by {@link #close()}, or when this JVM exits. A node that a
 * killed run left behind in the same directory is stopped before a new one starts there.
 */
public final class EmbeddedCassandra implements AutoCloseable {

    public static final String LOCAL_DATACENTER = "datacenter1";

    /** The snitch that reads a node's datacenter and rack from its {@code cassandra-rackdc.properties}. */
    static final String DATACENTER_SNITCH = "GossipingPropertyFileSnitch";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCassandra.class);

    private final CassandraVersion version;
    private final int javaVersion;
    private final NodeLayout layout;
    private final String host;
    private final int requestedNativePort;
    private final Duration startupTimeout;
    private final String heap;
    private final Placement placement;
    private final Map<String, String> yamlEntries;
    private final List<String> jvmArguments;
    private final CassandraClasspath classpath;
    private final Path javaExecutable;

    private volatile Process process;
    private NodePorts ports;
    private Thread shutdownHook;

    private EmbeddedCassandra(Builder builder) {
        this.version = CassandraVersion.parse(builder.version);
        this.javaVersion = JavaRelease.featureVersion(builder.javaHome);
        this.layout = new NodeLayout(builder.directory, version.dataLine());
        this.host = builder.listenAddress;
        this.requestedNativePort = builder.nativePort;
        this.startupTimeout = builder.startupTimeout;
        this.heap = builder.heap;
        this.placement = builder.placement;
        Map<String, String> entries = new LinkedHashMap<>(version.yamlEntries());
        List<String> arguments = new ArrayList<>(version.jvmArguments(javaVersion));
        if (placement != null) {
            entries.put("endpoint_snitch", DATACENTER_SNITCH);
            arguments.add("-D" + NodeLayout.RACKDC_PROPERTIES + "=" + layout.rackdcProperties().toUri());
        }
        entries.putAll(builder.yamlEntries);
        this.yamlEntries = Collections.unmodifiableMap(entries);
        arguments.addAll(builder.jvmArguments);
        this.jvmArguments = List.copyOf(arguments);
        this.classpath = builder.classpath != null ? builder.classpath : CassandraClasspath.mavenCentral();
        this.javaExecutable = builder.javaHome.resolve("bin").resolve("java");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the node and returns once its native port answers CQL requests.
     *
     * @throws EmbeddedCassandraException when the node cannot be started; the message quotes the end of its log
     */
    public synchronized EmbeddedCassandra start() {
        if (process != null) {
            throw new IllegalStateException("The Cassandra node in " + layout.directory() + " is already running.");
        }
        long startedAt = System.nanoTime();
        NodeLaunch.prepareDirectories(layout);
        LeftoverNode.stopIfRunning(layout);
        List<Path> jars = ClasspathCache.classpath(layout, version.toString(), classpath);
        ports = FreePorts.allocate(host, requestedNativePort, NodeData.rememberedStoragePort(layout, version));
        NodeData.rememberStoragePort(layout, version, ports.storagePort());
        NodeLaunch.writeConfiguration(layout, host, ports, yamlEntries);
        if (placement != null) {
            NodeLaunch.writePlacement(layout, placement.datacenter(), placement.rack());
        }
        Process started = NodeLaunch.start(javaExecutable, layout, ports, heap, jvmArguments, jars);
        process = started;
        shutdownHook = new Thread(this::terminateOnExit, "embedded-cassandra-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            LeftoverNode.writePid(layout, started.pid());
            awaitCql(started);
        } catch (RuntimeException e) {
            stopAfterFailure();
            throw e;
        }
        LOG.info("Cassandra {} started at {} in {} ms; log: {}", version, CassandraYaml.hostAndPort(host, nativePort()),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt), layout.systemLog());
        return this;
    }

    /** Stops the node and waits until its process has ended; does nothing when it is not running. */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook stops the node itself.
        }
        long stoppingAt = System.nanoTime();
        LeftoverNode.terminate(running.toHandle());
        LeftoverNode.deletePid(layout);
        process = null;
        LOG.info("Cassandra node in {} stopped in {} ms", layout.directory(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The address the node listens on, such as {@code 127.0.0.1}. */
    public String host() {
        return host;
    }

    /** The native (CQL) port: the one chosen at start when 0 was asked for. */
    public synchronized int nativePort() {
        return ports != null ? ports.nativePort() : requestedNativePort;
    }

    /** Where drivers connect: {@link #host()} and {@link #nativePort()}. */
    public InetSocketAddress contactPoint() {
        return new InetSocketAddress(host, nativePort());
    }

    /** {@code host:port}, as the {@code cassandra.contactPoints} setting writes it. */
    public String contactPointText() {
        return CassandraYaml.hostAndPort(host, nativePort());
    }

    /** The node's datacenter: the one it was placed in, else {@value #LOCAL_DATACENTER}. */
    public String localDatacenter() {
        return placement != null ? placement.datacenter() : LOCAL_DATACENTER;
    }

    /** The node's rack: the one it was placed in, else {@code rack1}. */
    public String rack() {
        return placement != null ? placement.rack() : Placement.DEFAULT_RACK;
    }

    /** A datacenter and rack, as {@code GossipingPropertyFileSnitch} reads them. */
    record Placement(String datacenter, String rack) {
        static final String DEFAULT_RACK = "rack1";
    }

    public String version() {
        return version.toString();
    }

    public Path directory() {
        return layout.directory();
    }

    /**
     * Where the node keeps its data: a directory of its release line under {@link #directory()}, such as
     * {@code data/5.0}, shared by that line's patch releases and by no other version.
     */
    public Path dataDirectory() {
        return layout.storageDirectory();
    }

    /** The node's log file. */
    public Path systemLog() {
        return layout.systemLog();
    }

    /** The process id of the running node's JVM. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("The Cassandra node in " + layout.directory() + " is not running.");
        }
        return process.pid();
    }

    private void awaitCql(Process started) {
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        InetSocketAddress address = contactPoint();
        while (!CqlProbe.answers(address)) {
            if (!started.isAlive()) {
                String reason = "the process exited with code " + started.exitValue();
                stopAfterFailure();
                throw startFailure(reason);
            }
            if (System.nanoTime() > deadline) {
                stopAfterFailure();
                throw startFailure("its native port " + contactPointText() + " did not accept CQL connections within "
                        + startupTimeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopAfterFailure();
                throw new EmbeddedCassandraException("Interrupted while waiting for the Cassandra node in "
                        + layout.directory() + " to start; it was stopped.", e);
            }
        }
    }

    private void stopAfterFailure() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the failed Cassandra node in {} failed: {}", layout.directory(), e.toString());
        }
    }

    private EmbeddedCassandraException startFailure(String reason) {
        return StartFailure.of(version, layout, reason);
    }

    private void terminateOnExit() {
        Process running = process;
        if (running != null) {
            LeftoverNode.terminate(running.toHandle());
            LeftoverNode.deletePid(layout);
        }
    }

    /** Options of a node; {@link #directory(Path)} is required. */
    public static final class Builder {

        private String version = CassandraArtifact.DEFAULT_VERSION;
        private Path directory;
        private int nativePort;
        private String listenAddress = "127.0.0.1";
        private Duration startupTimeout = Duration.ofSeconds(120);
        private String heap = "1g";
        private Placement placement;
        private final Map<String, String> yamlEntries = new LinkedHashMap<>();
        private final List<String> jvmArguments = new ArrayList<>();
        private CassandraClasspath classpath;
        private Path javaHome = Path.of(System.getProperty("java.home"));

        private Builder() {
        }

        /**
         * The cassandra-all version, 4.1 or later; default {@link CassandraArtifact#DEFAULT_VERSION}. A 6.x node
         * runs with Accord transactions enabled.
         */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Where the node keeps its config, data, logs and pid file. */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The CQL port; 0 (the default) picks a free one. */
        public Builder nativePort(int nativePort) {
            if (nativePort < 0 || nativePort > 65535) {
                throw new IllegalArgumentException("nativePort must be 0 (a free port) or 1-65535, not " + nativePort);
            }
            this.nativePort = nativePort;
            return this;
        }

        /** The address the node listens on for CQL and for other nodes; default 127.0.0.1. */
        public Builder listenAddress(String listenAddress) {
            this.listenAddress = Objects.requireNonNull(listenAddress, "listenAddress");
            return this;
        }

        /** How long {@link #start()} waits for the native port; default 120 s. */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
            return this;
        }

        /** The node's heap, as -Xmx takes it; default 1g. */
        public Builder heap(String heap) {
            this.heap = Objects.requireNonNull(heap, "heap");
            return this;
        }

        /**
         * Places the node in a datacenter and rack: it runs with {@code GossipingPropertyFileSnitch} and a
         * {@code cassandra-rackdc.properties} naming both, and {@link #localDatacenter()} is this datacenter. By
         * default a node has {@code SimpleSnitch}'s {@value #LOCAL_DATACENTER} and {@code rack1}.
         */
        public Builder datacenter(String datacenter, String rack) {
            requireName(datacenter, "datacenter");
            requireName(rack, "rack");
            this.placement = new Placement(datacenter, rack);
            return this;
        }

        private static void requireName(String name, String what) {
            if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("a " + what + " name is letters, digits, '_', '.' and '-', not '"
                        + name + "'");
            }
        }

        /**
         * A cassandra.yaml entry, replacing a generated one with the same key. The value is YAML text, such as
         * {@code yamlEntry("authenticator", "PasswordAuthenticator")} or a flow mapping
         * {@code "{enabled: true, keystore: /path/ks.p12}"}.
         */
        public Builder yamlEntry(String key, String yamlValue) {
            yamlEntries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(yamlValue, "yamlValue"));
            return this;
        }

        /** An extra argument for the node's JVM, such as {@code -Dcassandra.some_flag=true}. */
        public Builder jvmArgument(String argument) {
            jvmArguments.add(Objects.requireNonNull(argument, "argument"));
            return this;
        }

        /** How the cassandra-all classpath is found; default {@link CassandraClasspath#mavenCentral()}. */
        public Builder classpath(CassandraClasspath classpath) {
            this.classpath = Objects.requireNonNull(classpath, "classpath");
            return this;
        }

        /**
         * The JDK that runs the node; default the one running this code. Cassandra 4.1 needs a Java 11 (or 8):
         * {@link #build()} throws {@link UnsupportedJavaException} when this JDK cannot run the chosen version.
         */
        public Builder javaHome(Path javaHome) {
            this.javaHome = Objects.requireNonNull(javaHome, "javaHome");
            return this;
        }

        public EmbeddedCassandra build() {
            if (directory == null) {
                throw new IllegalStateException("The node directory is required: call directory(Path).");
            }
            CassandraVersion.parse(version).requireRunsOn(javaHome);
            return new EmbeddedCassandra(this);
        }
    }
}
