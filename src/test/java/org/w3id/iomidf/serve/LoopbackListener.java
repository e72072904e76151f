package org.w3id.iomidf.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP listener on a loopback address that counts the connections it is sent and answers none: the
 * target a request forged through the server would reach.
 */
final class LoopbackListener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    LoopbackListener(String address) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName(address));
        acceptor = new Thread(this::accept, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
