package org.cqlshift.embedded;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Asks the native port for its OPTIONS, the first request every driver sends: a SUPPORTED answer means
 * the node accepts CQL connections, not merely that a port is open. A node that only speaks TLS
 * ({@code client_encryption_options}) is asked over TLS; one that also requires client certificates
 * ({@code require_client_auth}) counts as answering when it turns the probe away for having none, since the
 * node's TLS layer only does that once its native transport has started.
 */
final class CqlProbe {

    /** Protocol v4 request header: version, flags, stream id (2 bytes), opcode OPTIONS, body length 0. */
    private static final byte[] OPTIONS_REQUEST = {0x04, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00};
    private static final int RESPONSE_FLAG = 0x80;
    private static final int OPCODE_SUPPORTED = 0x06;
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final int READ_TIMEOUT_MILLIS = 5000;

    private CqlProbe() {
    }

    static boolean answers(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            if (answersOptions(socket)) {
                return true;
            }
        } catch (IOException e) {
            // Not listening yet, or the port speaks TLS and dropped the plain request.
        }
        return answersOverTls(address);
    }

    private static boolean answersOverTls(InetSocketAddress address) {
        try (Socket plain = new Socket()) {
            plain.connect(address, CONNECT_TIMEOUT_MILLIS);
            try (SSLSocket socket = (SSLSocket) probeContext().getSocketFactory()
                    .createSocket(plain, address.getHostString(), address.getPort(), false)) {
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.startHandshake();
                return answersOptions(socket);
            }
        } catch (SSLException e) {
            return demandsClientCertificate(e);
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The alerts a server sends to a client without a certificate: TLS 1.3's, then TLS 1.2's. */
    private static boolean demandsClientCertificate(SSLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("certificate_required") || message.contains("bad_certificate");
    }

    private static boolean answersOptions(Socket socket) throws IOException {
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(OPTIONS_REQUEST);
        out.flush();
        byte[] header = new byte[9];
        new DataInputStream(socket.getInputStream()).readFully(header);
        return (header[0] & RESPONSE_FLAG) != 0 && header[4] == OPCODE_SUPPORTED;
    }

    /**
     * Accepts any certificate: the probe only asks our own node on the address we gave it whether it is up,
     * and sends nothing but OPTIONS; the node's certificate is for its clients to check.
     */
    private static SSLContext probeContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // Never called on the client side.
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // See above: any certificate of our own node will do.
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }
}
