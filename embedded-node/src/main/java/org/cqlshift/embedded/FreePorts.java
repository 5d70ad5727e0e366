package org.cqlshift.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Picks ports nobody listens on, so that several nodes can run on one machine. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * The ports for a node: {@code requestedNativePort}, or a free one when it is 0, plus a free storage and
     * JMX port. The sockets are held open together so the three ports are distinct.
     */
    static NodePorts allocate(String host, int requestedNativePort) {
        return allocate(host, requestedNativePort, 0);
    }

    /** As {@link #allocate(String, int)}, with the storage port {@code requiredStoragePort} unless it is 0. */
    static NodePorts allocate(String host, int requestedNativePort, int requiredStoragePort) {
        InetAddress address = address(host);
        if (requestedNativePort != 0 && !isFree(address, requestedNativePort)) {
            throw new EmbeddedCassandraException("The native port " + requestedNativePort + " on " + host
                    + " is already in use. Stop what listens there, or ask for port 0 to get a free one.");
        }
        if (requiredStoragePort != 0 && !isFree(address, requiredStoragePort)) {
            throw new EmbeddedCassandraException("The storage port " + requiredStoragePort + " on " + host
                    + ", which the node's cluster metadata records, is already in use. Stop what listens there,"
                    + " or delete the node directory to start afresh.");
        }
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int nativePort = requestedNativePort != 0 ? requestedNativePort : open(address, sockets);
            int storagePort = requiredStoragePort != 0 ? requiredStoragePort : open(address, sockets);
            int jmxPort = open(address, sockets);
            return new NodePorts(nativePort, storagePort, jmxPort);
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot find a free port on " + host + ": " + e.getMessage(), e);
        } finally {
            sockets.forEach(FreePorts::closeQuietly);
        }
    }

    static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int open(InetAddress address, List<ServerSocket> sockets) throws IOException {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(address, 0));
        return socket.getLocalPort();
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new EmbeddedCassandraException("The listen address '" + host + "' is not a known host or address.", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The port is only probed; a failed close leaves nothing behind that matters.
        }
    }
}
