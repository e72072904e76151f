package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.iomidf.serve.http.Reply;

/**
 * Lets a bounded number of SPARQL queries run at once: at most {@link Limits#queriesPerClient()} per client
 * address (more are answered 429), at most {@link Limits#queriesInAll()} in all (more are answered 503), both
 * with {@code Retry-After}. A query over the bound is refused at once rather than queued, so that a client
 * sending many slow queries holds no more of the server than its own share. A query holds its place while it
 * runs, not while its answer is sent, so a client that reads slowly holds no place at all. The client is the
 * address the connection comes from; behind a reverse proxy that is the proxy, which should then apply its
 * own limits.
 */
final class QueryGate {

    /** A place held by one running query; closing it gives the place back. */
    interface Place extends AutoCloseable {
        @Override
        void close();
    }

    private final Limits limits;
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger inAll = new AtomicInteger();

    public QueryGate(Limits limits) {
        this.limits = limits;
    }

    /** A place for the query of {@code req}, or null after answering 429 or 503. */
    Place enter(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String client = req.getRemoteAddr();
        if (!enterClient(client)) {
            refuse(
                    req,
                    res,
                    429,
                    "too many queries at once from " + client + " (at most " + limits.queriesPerClient()
                            + "): wait for one to finish");
            return null;
        }
        if (inAll.incrementAndGet() > limits.queriesInAll()) {
            inAll.decrementAndGet();
            leave(client);
            refuse(
                    req,
                    res,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the server is running its most queries at once (" + limits.queriesInAll()
                            + "): try again shortly");
            return null;
        }
        return () -> {
            inAll.decrementAndGet();
            leave(client);
        };
    }

    private boolean enterClient(String client) {
        boolean[] admitted = {false};
        perClient.compute(client, (k, n) -> {
            int running = n == null ? 0 : n;
            admitted[0] = running < limits.queriesPerClient();
            return admitted[0] ? running + 1 : n;
        });
        return admitted[0];
    }

    private void leave(String client) {
        perClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void refuse(HttpServletRequest req, HttpServletResponse res, int status, String message)
            throws IOException {
        res.setHeader("Retry-After", Integer.toString(limits.retryAfterSecs()));
        res.setHeader("Cache-Control", "no-store");
        Reply.text(req, res, status, message);
    }
}
