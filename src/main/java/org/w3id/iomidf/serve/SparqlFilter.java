package org.w3id.iomidf.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    SparqlFilter(ServiceDescription description, long maxResultBytes) {
        this.description = description;
        this.maxResultBytes = maxResultBytes;
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
        try {
            chain.doFilter(req, held);
        } catch (QueryCancelledException e) {
            held.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out");
        } catch (IOException | RuntimeException e) {
            if (!held.overflowed()) {
                throw e;
            }
        }
        if (held.overflowed()) {
            fail(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "result larger than " + maxResultBytes
                    + " bytes: add a LIMIT, or use the dumps at /dumps/");
        } else if (held.error() != null || held.getStatus() >= 400) {
            fail(res, held.getStatus(), held.error() != null ? held.error() : new String(held.body(),
                    StandardCharsets.UTF_8));
        } else {
            byte[] body = held.body();
            res.setStatus(held.getStatus());
            res.setContentLength(body.length);
            if (!"HEAD".equals(method)) {
                res.getOutputStream().write(body);
            }
        }
    }

    private static void fail(HttpServletResponse res, int status, String message) throws IOException {
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        byte[] body = (message.strip() + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
