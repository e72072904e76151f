package org.w3id.iomidf.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
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
 *   <li>a large answer (a SPARQL result, a download) must be read at an average of at least {@link
 *       #MIN_RATE} bytes a second after its first {@link #GRACE}, or its connection is closed, which frees the
 *       thread writing it.
 * </ul>
 */
final class SlowClients implements Connection.Listener, AutoCloseable {

    /** Time to send a request's headers, from a connection's opening or its previous answer. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(10);
    /** The least average rate at which a large answer must be read: any real link does far better. */
    static final long MIN_RATE = 16 * 1024;
    /** Time before the rate counts, for connections that start slowly. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private static final int CHUNK = 16 * 1024;

    private record Seen(long since, long in, long out) {}

    private final Map<Connection, Seen> connections = new ConcurrentHashMap<>();
    private final Map<Counted, Long> transfers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "idf-ld-slow-clients");
        t.setDaemon(true);
        return t;
    });

    /** Watches every connector of a built, not yet started, server. */
    void watch(Server jetty) {
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
    OutputStream guard(HttpServletRequest req, OutputStream out) {
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
        transfers.put(counted, System.nanoTime());
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
                c.getEndPoint().close();
            }
            return seen;
        });
        transfers.forEach((t, started) -> {
            long late = now - started - GRACE.toNanos();
            if (late > 0 && t.sent < MIN_RATE * late / 1_000_000_000L) {
                transfers.remove(t);
                t.endPoint.close();
            }
        });
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
