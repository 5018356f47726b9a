package dev.fivenines.content.practice;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports nobody listens on right now; a cluster node also needs its bus port (port + 10000) free. */
final class FreePorts {

    private static final int BUS_OFFSET = 10_000;

    private FreePorts() {
    }

    static int next(boolean withClusterBus) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = bindable(0);
            if (port == 6379) {
                continue;
            }
            if (!withClusterBus) {
                return port;
            }
            if (port + BUS_OFFSET < 65_536 && bindable(port + BUS_OFFSET) > 0) {
                return port;
            }
        }
        throw new IOException("found no free port (with a free cluster bus port) in 100 attempts");
    }

    /** @return the port bound (the kernel's choice when 0), or -1 when it is taken */
    private static int bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            return -1;
        }
    }
}
