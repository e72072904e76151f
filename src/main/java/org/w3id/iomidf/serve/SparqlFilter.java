package org.w3id.iomidf.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;

/**
 * Stands in front of Fuseki's query operation at {@code /sparql}. A GET or HEAD with no query gets the
 * Service Description (Fuseki would answer 404, which federation clients read as "no endpoint"). Every query
 * response is held until complete, so that a query cancelled by the timeout, or a result past the size limit,
 * is answered with an error status and never with a truncated 200.
 */
final class SparqlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private final transient ServiceDescription description;
    private final long maxResultBytes;
    private final Duration timeout;

    SparqlFilter(ServiceDescription description, long maxResultBytes, Duration timeout) {
        this.description = description;
        this.maxResultBytes = maxResultBytes;
        this.timeout = timeout;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && req.getParameter("query") == null) {
            description.answer(req, res);
            return;
        }
        if ("OPTIONS".equals(method)) {
            chain.doFilter(req, res);
            return;
        }
        BufferedResponse held = new BufferedResponse(res, maxResultBytes);
        long start = System.nanoTime();
        try {
            chain.doFilter(req, held);
        } catch (QueryCancelledException e) {
            held.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out");
        } catch (IOException | RuntimeException e) {
            if (!held.overflowed()) {
                throw e;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (held.overflowed()) {
            fail(
                    res,
                    HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "result larger than " + maxResultBytes + " bytes: add a LIMIT, or use the dumps at /dumps/");
        } else if (held.error() != null || held.getStatus() >= 400) {
            failed(res, held, took);
        } else {
            byte[] body = held.body();
            res.setStatus(held.getStatus());
            res.setContentLength(body.length);
            if (!"HEAD".equals(method)) {
                res.getOutputStream().write(body);
            }
        }
    }

    /**
     * Fuseki reports a query cancelled while its results were being written with a plain error status and
     * leaves the rows written so far: those are never sent. A failure at or past the timeout is the timeout.
     */
    private void failed(HttpServletResponse res, BufferedResponse held, Duration took) throws IOException {
        if (took.compareTo(timeout) >= 0) {
            fail(
                    res,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "query timed out after " + timeout.toMillis()
                            + " ms: the server cancelled it; narrow it down or use the dumps at /dumps/");
        } else if (held.error() != null) {
            fail(res, held.getStatus(), held.error());
        } else if (String.valueOf(res.getContentType()).startsWith("text/plain")) {
            fail(res, held.getStatus(), new String(held.body(), StandardCharsets.UTF_8));
        } else {
            fail(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the query failed while writing its results");
        }
    }

    private static void fail(HttpServletResponse res, int status, String message) throws IOException {
        res.resetBuffer();
        res.setHeader(Limits.TRUNCATED, null);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        byte[] body = (message.strip() + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
