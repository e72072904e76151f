package org.w3id.iomidf.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a bounded number of SPARQL queries run at once: at most {@link Limits#queriesPerClient()} per client
 * address (more are answered 429), at most {@link Limits#queriesInAll()} in all (more are answered 503), both
 * with {@code Retry-After}. A query over the bound is refused at once rather than queued, so that a client
 * sending many slow queries holds no more of the server than its own share. The client is the address the
 * connection comes from; behind a reverse proxy that is the proxy, which should then apply its own limits.
 */
final class QueryGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient Limits limits;
    private final ConcurrentHashMap<String, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger inAll = new AtomicInteger();

    QueryGate(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!isQuery(req)) {
            chain.doFilter(req, res);
            return;
        }
        String client = req.getRemoteAddr();
        if (!enter(client)) {
            refuse(
                    req,
                    res,
                    429,
                    "too many queries at once from " + client + " (at most " + limits.queriesPerClient()
                            + "): wait for one to finish");
            return;
        }
        try {
            if (inAll.incrementAndGet() > limits.queriesInAll()) {
                refuse(
                        req,
                        res,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "the server is running its most " + "queries at once (" + limits.queriesInAll()
                                + "): try again shortly");
                return;
            }
            chain.doFilter(req, res);
        } finally {
            inAll.decrementAndGet();
            leave(client);
        }
    }

    /** A request that runs a query: not the Service Description (GET without query), not a CORS preflight. */
    private static boolean isQuery(HttpServletRequest req) {
        return switch (req.getMethod()) {
            case "GET", "HEAD" -> req.getQueryString() != null && req.getParameter("query") != null;
            case "OPTIONS" -> false;
            default -> true;
        };
    }

    private boolean enter(String client) {
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
