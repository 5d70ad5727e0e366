package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.TlsSettings;

/**
 * Why a connection attempt failed, in the user's terms: a refused login, a certificate that does not name the
 * node, or nodes that could not be reached, each with what to do.
 */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    static String reasons(AllNodesFailedException e) {
        String reasons = e.getAllErrors().values().stream()
                .flatMap(List::stream)
                .map(ConnectionFailures::rootMessage)
                .distinct()
                .collect(Collectors.joining("; "));
        return reasons.isEmpty() ? "no node answered" : reasons;
    }

    static CassandraUnavailableException unreachable(Configuration configuration, String nodes,
            AllNodesFailedException e) {
        String reasons = e.getAllErrors().entrySet().stream()
                .map(entry -> entry.getKey().getEndPoint() + ": " + entry.getValue().stream()
                        .map(ConnectionFailures::rootMessage).distinct().collect(Collectors.joining("; ")))
                .collect(Collectors.joining(", "));
        // A node that requires TLS drops a plain connection: the driver sees it reset or closed, not refused.
        boolean droppedByNode = configuration.tls().isEmpty() && e.getAllErrors().values().stream()
                .flatMap(List::stream).anyMatch(error -> !(rootCause(error) instanceof ConnectException));
        return new CassandraUnavailableException(
                "Cannot connect to Cassandra at " + nodes
                        + (reasons.isEmpty() ? "" : " (" + reasons + ")") + ".",
                "Check that a node is running and reachable there, or set " + Setting.CONTACT_POINTS.flag()
                        + " / " + Setting.CONTACT_POINTS.environmentVariable() + "."
                        + (droppedByNode ? " The node closed the connection: if it requires TLS from clients, set "
                        + Setting.TLS.flag() + " and " + Setting.TLS_TRUSTSTORE.flag() + " (" + Setting.TLS
                        .environmentVariable() + ", " + Setting.TLS_TRUSTSTORE.environmentVariable() + ")." : ""),
                e);
    }

    /**
     * A node whose certificate does not name the address connected to, with hostname verification on. The JDK's
     * hostname check fails with a plain CertificateException; an untrusted certificate fails with a subclass.
     */
    static Optional<CassandraUnavailableException> certificateMismatch(Configuration configuration,
            AllNodesFailedException e) {
        if (!configuration.tls().map(TlsSettings::hostnameVerification).orElse(false)) {
            return Optional.empty();
        }
        return e.getAllErrors().entrySet().stream()
                .filter(entry -> entry.getValue().stream()
                        .anyMatch(error -> rootCause(error).getClass() == CertificateException.class))
                .findFirst()
                .map(entry -> {
                    SocketAddress address = entry.getKey().getEndPoint().resolve();
                    String node = address instanceof InetSocketAddress socket
                            ? socket.getHostString() + ":" + socket.getPort() : address.toString();
                    String reason = entry.getValue().stream()
                            .filter(error -> rootCause(error).getClass() == CertificateException.class)
                            .map(ConnectionFailures::rootMessage).findFirst().orElseThrow();
                    return new CassandraUnavailableException("The TLS certificate of the node at " + node
                            + " does not match the host connected to (" + reason + ").",
                            "Reissue the node's certificate with this address among its subject alternative names,"
                                    + " connect to an address the certificate names (" + Setting.CONTACT_POINTS.flag()
                                    + "), or set " + Setting.TLS_HOSTNAME_VERIFICATION.flag() + " false ("
                                    + Setting.TLS_HOSTNAME_VERIFICATION.environmentVariable()
                                    + "=false) to skip the check.",
                            e);
                });
    }

    static CassandraUnavailableException loginRefused(Configuration configuration, String nodes) {
        return new CassandraUnavailableException(
                "Cassandra at " + nodes + " refused the login of user '"
                        + configuration.username().orElse("") + "'.",
                "Check the username and password (" + Setting.USERNAME.environmentVariable() + ", "
                        + Setting.PASSWORD.environmentVariable() + ").",
                null);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = rootCause(error);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
