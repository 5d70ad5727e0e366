package org.cqlmigrate.embedded;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Asks the native port for its OPTIONS, the first request every driver sends: a SUPPORTED answer means
 * the node accepts CQL connections, not merely that a port is open.
 */
final class CqlProbe {

    /** Protocol v4 request header: version, flags, stream id (2 bytes), opcode OPTIONS, body length 0. */
    private static final byte[] OPTIONS_REQUEST = {0x04, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00};
    private static final int RESPONSE_FLAG = 0x80;
    private static final int OPCODE_SUPPORTED = 0x06;

    private CqlProbe() {
    }

    static boolean answers(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(OPTIONS_REQUEST);
            out.flush();
            byte[] header = new byte[9];
            new DataInputStream(socket.getInputStream()).readFully(header);
            return (header[0] & RESPONSE_FLAG) != 0 && header[4] == OPCODE_SUPPORTED;
        } catch (IOException e) {
            return false;
        }
    }
}
