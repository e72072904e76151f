package org.w3id.iomidf.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;

/**
 * Closes the connections of clients too slow to be served without harm to the others. Jetty reads request
 * headers without holding a thread, but an idle timeout alone is reset by every byte, so a client sending a
 * header byte a second would hold its connection for ever; and a client reading an answer at a trickle holds
 * the thread writing it. Once a second this checks both:
 *
 * <ul>
 *   <li>a connection that is not being answered must complete a request's headers within {@link
 *       #REQUEST_TIME} of opening or of its previous answer, or it is closed (this also closes idle kept-alive
 *       connections after that time);
 *   <li>an answer being written (a SPARQL result, a download) must move at least {@link #MIN_RATE} bytes a
 *       second, measured over each {@link #WINDOW}, or its connection is closed, which frees the thread writing
 *       it. What the kernel buffers counts as moved, so only a client that has stopped reading is measured.
 * </ul>
 */
public final class SlowClients implements Connection.Listener, AutoCloseable {

    /** Time to send a request's headers, from a connection's opening or its previous answer. */
    public static final Duration REQUEST_TIME = Duration.ofSeconds(10);
    /** The least rate at which an answer must be read: any real link does far better. */
    static final long MIN_RATE = 16 * 1024;
    /** The time over which the rate is measured. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    private static final int CHUNK = 16 * 1024;

    private record Seen(long since, long in, long out) {}

    /** Where a transfer stood at the start of its current window. */
    private record Mark(long since, long sent) {}

    private final Map<Connection, Seen> connections = new ConcurrentHashMap<>();
    private final Map<Counted, Mark> transfers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "idf-ld-slow-clients");
        t.setDaemon(true);
        return t;
    });

    /** Watches every connector of a built, not yet started, server. */
    public void watch(Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            c.addEventListener(this);
        }
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new Seen(System.nanoTime(), 0, 0));
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    /** {@code out}, written in chunks whose progress is watched; close it when the answer is written. */
    public OutputStream guard(HttpServletRequest req, OutputStream out) {
        EndPoint endPoint;
        try {
            endPoint = ServletContextRequest.getServletContextRequest(req)
                    .getConnectionMetaData()
                    .getConnection()
                    .getEndPoint();
        } catch (IllegalStateException e) {
            return out;
        }
        Counted counted = new Counted(out, endPoint);
        transfers.put(counted, new Mark(System.nanoTime(), 0));
        return counted;
    }

    private void sweep() {
        long now = System.nanoTime();
        connections.replaceAll((c, seen) -> {
            long in = c.getMessagesIn();
            long out = c.getMessagesOut();
            if (in != seen.in() || out != seen.out()) {
                return new Seen(now, in, out);
            }
            if (in == out && now - seen.since() > REQUEST_TIME.toNanos()) {
                reset(c.getEndPoint());
            }
            return seen;
        });
        transfers.replaceAll((t, mark) -> {
            if (now - mark.since() < WINDOW.toNanos()) {
                return mark;
            }
            if (t.sent - mark.sent() < MIN_RATE * WINDOW.toSeconds()) {
                reset(t.endPoint);
            }
            return new Mark(now, t.sent);
        });
    }

    /**
     * Closes a connection at once, dropping what the kernel still holds for it: a client that stopped reading
     * would otherwise keep that memory, and the connection, until it read it all.
     */
    private static void reset(EndPoint endPoint) {
        if (endPoint instanceof SocketChannelEndPoint socket) {
            try {
                socket.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException e) {
                // already closed: nothing is held
            }
        }
        endPoint.close();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private final class Counted extends FilterOutputStream {
        private final EndPoint endPoint;
        private volatile long sent;

        Counted(OutputStream out, EndPoint endPoint) {
            super(out);
            this.endPoint = endPoint;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int at = off; at < off + len; at += CHUNK) {
                int n = Math.min(CHUNK, off + len - at);
                out.write(b, at, n);
                sent += n;
            }
        }

        @Override
        public void close() throws IOException {
            transfers.remove(this);
            super.close();
        }
    }
}
