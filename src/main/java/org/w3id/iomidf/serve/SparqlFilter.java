package org.w3id.iomidf.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.iomidf.serve.AnswerCache.Answer;

/**
 * Stands in front of Fuseki's query operation at {@code /sparql}. A GET or HEAD with no query gets the
 * Service Description (Fuseki would answer 404, which federation clients read as "no endpoint"). Every query
 * response is held until complete, so that a query cancelled by the timeout, or a result past the size limit,
 * is answered with an error status and never with a truncated 200. A complete answer carries an {@code ETag}
 * (the digest of its bytes): a client that sends it back in {@code If-None-Match} gets 304 Not Modified, and
 * a repeated identical request on the same release is answered from the {@link AnswerCache} without running
 * the query again.
 */
final class SparqlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private final transient ServiceDescription description;
    private final long maxResultBytes;
    private final Duration timeout;
    private final transient AnswerCache cache;

    SparqlFilter(ServiceDescription description, long maxResultBytes, Duration timeout, AnswerCache cache) {
        this.description = description;
        this.maxResultBytes = maxResultBytes;
        this.timeout = timeout;
        this.cache = cache;
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
        HttpServletRequest request = req;
        String query = req.getParameter("query");
        if (query == null && "POST".equals(method) && isDirectQuery(req)) {
            ReplayedBody body = new ReplayedBody(req);
            request = body;
            query = body.text();
        }
        String release = res.getHeader(ReleaseFilter.HEADER);
        String key = release != null && cache.keeps(query) ? key(release, req, query) : null;
        Answer hit = key == null ? null : cache.get(key);
        if (hit != null) {
            send(req, res, hit);
            return;
        }
        BufferedResponse held = new BufferedResponse(res, maxResultBytes);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, held);
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
        } else if (held.getStatus() == HttpServletResponse.SC_OK) {
            Answer answer = Answer.of(
                    res.getContentType(), res.getHeader(Limits.TRUNCATED), res.getHeader("Vary"), held.body());
            if (key != null) {
                cache.put(key, answer);
            }
            send(req, res, answer);
        } else {
            byte[] body = held.body();
            res.setStatus(held.getStatus());
            res.setContentLength(body.length);
            if (!"HEAD".equals(method)) {
                res.getOutputStream().write(body);
            }
        }
    }

    private static boolean isDirectQuery(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query");
    }

    /**
     * What makes two requests ask for the same answer: the release, the negotiated format's inputs and every
     * parameter (the query and any dataset or format parameter), whatever the HTTP method that carried them.
     */
    private static String key(String release, HttpServletRequest req, String query) {
        StringBuilder key = new StringBuilder(release).append('\n');
        key.append(String.valueOf(req.getHeader("Accept"))).append('\n');
        new TreeMap<>(req.getParameterMap()).forEach((name, values) -> {
            if (!"query".equals(name)) {
                key.append(name)
                        .append('=')
                        .append(String.join("\u0000", values))
                        .append('\n');
            }
        });
        return key.append(query).toString();
    }

    /** A complete answer, or 304 when the client already holds these bytes. */
    private static void send(HttpServletRequest req, HttpServletResponse res, Answer answer) throws IOException {
        res.setHeader("ETag", answer.etag());
        res.setHeader("Cache-Control", "no-cache");
        if (answer.vary() != null) {
            res.setHeader("Vary", answer.vary());
        }
        if (AnswerCache.matches(req.getHeader("If-None-Match"), answer.etag())) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) {
            res.setContentType(answer.contentType());
        }
        if (answer.truncated() != null) {
            res.setHeader(Limits.TRUNCATED, answer.truncated());
        }
        res.setContentLength(answer.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            res.getOutputStream().write(answer.body());
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
