package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.w3id.iomidf.serve.http.Negotiation;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.sparql.AnswerCache.Answer;

/**
 * Stands in front of Fuseki's query operation at {@code /sparql}. A GET or HEAD with no query gets the
 * Service Description (Fuseki would answer 404, which federation clients read as "no endpoint"). A query is
 * admitted by the {@link QueryGate}, and its answer is held until complete (on disk past a few megabytes), so
 * that a query cancelled by the timeout, stopped at a bound of its {@link QueryBudget}, or with a result past
 * the size limit is answered with an error status (400 for the size limit, the caller's bound) and never
 * with a truncated 200; the query's place is given
 * back before the answer is sent, and the sending is watched by {@link SlowClients}. A complete answer carries
 * an {@code ETag} (the digest of its bytes): a client that sends it back in {@code If-None-Match} gets 304 Not
 * Modified, and a repeated identical request on the same release is answered from the {@link AnswerCache}
 * without running the query again. JSONP ({@code callback=}) and XSLT ({@code stylesheet=}) are refused: both
 * would put the caller's text into the answer. Before any of that, the {@link ProtocolCheck} refuses what the
 * SPARQL Protocol refuses, so that no cached answer or description stands in for a refusal.
 */
final class SparqlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private final transient ServiceDescription description;
    private final long maxResultBytes;
    private final Duration timeout;
    private final transient AnswerCache cache;
    private final transient QueryGate gate;
    private final transient SlowClients slow;
    /** The id of the release the current request is pinned to: answers are cached per release. */
    private final transient Supplier<String> release;

    public SparqlFilter(
            Supplier<String> release,
            ServiceDescription description,
            long maxResultBytes,
            Duration timeout,
            AnswerCache cache,
            QueryGate gate,
            SlowClients slow) {
        this.release = release;
        this.description = description;
        this.maxResultBytes = maxResultBytes;
        this.timeout = timeout;
        this.cache = cache;
        this.gate = gate;
        this.slow = slow;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        ProtocolCheck.Refusal refused = ProtocolCheck.check(req);
        if (refused != null) {
            if (refused.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
                res.setHeader("Allow", String.join(", ", ProtocolCheck.METHODS));
            }
            fail(res, refused.status(), refused.message());
            return;
        }
        if (req.getParameter("callback") != null || req.getParameter("stylesheet") != null) {
            fail(
                    res,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "callback= (JSONP) and stylesheet= (XSLT) are not offered: use CORS and format the results "
                            + "on the client");
            return;
        }
        if (read && req.getParameter("query") == null) {
            description.answer(req, res);
            return;
        }
        if ("OPTIONS".equals(method)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletRequest request = Negotiation.readable(req.getHeader("Accept")) ? req : new NoAccept(req);
        String query = req.getParameter("query");
        if (query == null && "POST".equals(method) && isDirectQuery(req)) {
            ReplayedBody body = new ReplayedBody(request);
            request = body;
            query = body.text();
        }
        String release = this.release.get();
        String key = release != null && cache.keeps(query) ? key(release, request, query) : null;
        Answer hit = key == null ? null : cache.get(key);
        if (hit != null) {
            send(
                    req,
                    res,
                    hit.contentType(),
                    hit.truncated(),
                    hit.vary(),
                    hit.etag(),
                    hit.body().length,
                    out -> out.write(hit.body()));
            return;
        }
        BufferedResponse held = new BufferedResponse(res, maxResultBytes);
        try {
            if (run(request, held, chain)) {
                answer(req, res, held, key);
            }
        } finally {
            held.body().discard();
        }
    }

    /** Runs the query in a place of the gate; false if the gate refused it (already answered). */
    private boolean run(HttpServletRequest req, BufferedResponse held, FilterChain chain)
            throws IOException, ServletException {
        try (QueryGate.Place place = gate.enter(req, (HttpServletResponse) held.getResponse())) {
            if (place == null) {
                return false;
            }
            try {
                chain.doFilter(req, held);
            } catch (QueryCancelledException e) {
                held.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out");
            } catch (IOException | RuntimeException e) {
                if (!held.overflowed()) {
                    throw e;
                }
            }
            return true;
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse res, BufferedResponse held, String key)
            throws IOException {
        QueryBudget budget = req.getAttribute(BoundedQuery.BUDGET) instanceof QueryBudget b ? b : null;
        QueryBudget.Refusal refusal = budget == null ? null : budget.refusal();
        HeldBody body = held.body();
        if (refusal != null) {
            fail(res, refusal.status(), refusal.reason());
        } else if (held.overflowed()) {
            // The caller's bound, like the string bounds: nothing went wrong on the server's side.
            fail(res, HttpServletResponse.SC_BAD_REQUEST, HeldBody.tooLarge(maxResultBytes));
        } else if (held.error() != null || held.getStatus() >= 400) {
            failed(res, held, budget);
        } else if (held.getStatus() == HttpServletResponse.SC_OK) {
            String type = res.getContentType();
            String truncated = res.getHeader(Limits.TRUNCATED);
            String vary = res.getHeader("Vary");
            byte[] bytes = body.bytes();
            if (key != null && bytes != null) {
                cache.put(key, Answer.of(type, truncated, vary, bytes));
            }
            send(req, res, type, truncated, vary, body.etag(), body.size(), body::writeTo);
        } else {
            res.setStatus(held.getStatus());
            res.setContentLengthLong(body.size());
            if (!"HEAD".equals(req.getMethod())) {
                body.writeTo(res.getOutputStream());
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

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A complete answer, or 304 when the client already holds these bytes. */
    private void send(
            HttpServletRequest req,
            HttpServletResponse res,
            String contentType,
            String truncated,
            String vary,
            String etag,
            long size,
            Body body)
            throws IOException {
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", "no-cache");
        if (vary != null) {
            res.setHeader("Vary", vary);
        }
        if (AnswerCache.matches(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setStatus(HttpServletResponse.SC_OK);
        if (contentType != null) {
            res.setContentType(contentType);
        }
        if (truncated != null) {
            res.setHeader(Limits.TRUNCATED, truncated);
        }
        res.setContentLengthLong(size);
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (OutputStream out = slow.guard(req, res.getOutputStream())) {
            body.writeTo(out);
        }
    }

    /**
     * Fuseki reports a query cancelled while its results were being written with a plain error status and
     * leaves the rows written so far: those are never sent. A cancelled query is the timeout.
     */
    private void failed(HttpServletResponse res, BufferedResponse held, QueryBudget budget) throws IOException {
        boolean late = budget != null && budget.remaining().isNegative();
        if (late || held.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            fail(
                    res,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "query timed out after " + timeout.toMillis()
                            + " ms: the server cancelled it; narrow it down or use the dumps at /dumps/");
        } else if (held.error() != null) {
            fail(res, held.getStatus(), held.error());
        } else if (String.valueOf(res.getContentType()).startsWith("text/plain")) {
            fail(res, held.getStatus(), new String(held.body().bytes(), StandardCharsets.UTF_8));
        } else {
            fail(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the query failed while writing its results");
        }
    }

    private static void fail(HttpServletResponse res, int status, String message) throws IOException {
        res.resetBuffer();
        res.setHeader(Limits.TRUNCATED, null);
        res.setHeader("ETag", null);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        byte[] body = (message.strip() + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** A request whose unreadable {@code Accept} header is dropped, so that it gets the default format. */
    private static final class NoAccept extends HttpServletRequestWrapper {
        NoAccept(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
