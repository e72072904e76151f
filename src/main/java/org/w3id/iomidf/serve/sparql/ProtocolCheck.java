package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * What the SPARQL 1.1 and 1.2 Protocol refuse, checked before anything else answers (the Service Description,
 * the answer cache), so that a refused request is refused whatever was asked before: another method than GET,
 * HEAD, POST or OPTIONS (405), an update operation on this query-only endpoint, more than one {@code query} or
 * {@code version}, a GET with a body (400), a POST that is neither a form nor {@code application/sparql-query}
 * (415).
 */
final class ProtocolCheck {

    /** A refusal: the status and a fixed message (nothing of the request is repeated). */
    record Refusal(int status, String message) {}

    /** The methods the endpoint answers, in the order the {@code Allow} header names them. */
    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String DIRECT = "application/sparql-query";

    private ProtocolCheck() {}

    /** The refusal {@code req} deserves, or null if the protocol allows it. */
    static Refusal check(HttpServletRequest req) {
        String method = req.getMethod();
        if (!METHODS.contains(method)) {
            return new Refusal(405, "the SPARQL endpoint answers GET, HEAD, POST and OPTIONS");
        }
        if ("OPTIONS".equals(method)) {
            return null;
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (read && (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null)) {
            return new Refusal(400, "a GET or HEAD request has no body: send the query in the URL, or POST it");
        }
        if ("POST".equals(method)) {
            String type =
                    req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith(FORM) && !type.startsWith(DIRECT)) {
                return new Refusal(
                        415, "a POSTed query is " + FORM + " (query=...) or " + DIRECT + " (the query itself)");
            }
        }
        if (req.getParameterValues("update") != null
                || req.getParameterValues("using-graph-uri") != null
                || req.getParameterValues("using-named-graph-uri") != null) {
            return new Refusal(400, "this endpoint is read-only: it answers queries, not updates");
        }
        if (count(req, "query") > 1) {
            return new Refusal(400, "more than one query= parameter: send one query per request");
        }
        if (count(req, "version") > 1) {
            return new Refusal(400, "more than one version= parameter");
        }
        return null;
    }

    private static int count(HttpServletRequest req, String name) {
        String[] values = req.getParameterValues(name);
        return values == null ? 0 : values.length;
    }
}
