package org.w3id.iomidf.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Refuses request bodies past the largest body the server accepts (413) before anything reads them. A body must state
 * its length: one sent in chunks of unknown total is answered 411, since its size is known only once read.
 * (Request lines and headers are bounded by the HTTP connector itself, see {@link ConnectorLimits}.)
 * A path with a dot segment ({@code /sparql/../dumps/x}) is answered 400 before Jetty's resolution of it could
 * reach a servlet the client did not name.
 */
public final class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The methods any part of the server answers; others get 405 here (a servlet would say 501). */
    private static final java.util.List<String> METHODS =
            java.util.List.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE");

    private final long maxBodyBytes;

    public RequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(req.getMethod())) {
            res.setHeader("Allow", String.join(", ", METHODS));
            Reply.text(req, res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this server answers only " + METHODS);
            return;
        }
        if (hasDotSegment(rawPath(req))) {
            Reply.text(
                    req,
                    res,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "paths with . or .. segments are not served: ask for the resource by its own path");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBodyBytes) {
            res.setHeader("Connection", "close");
            Reply.text(
                    req,
                    res,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + length + " bytes is larger than the limit of " + maxBodyBytes + " bytes");
            return;
        }
        if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            res.setHeader("Connection", "close");
            Reply.text(
                    req,
                    res,
                    HttpServletResponse.SC_LENGTH_REQUIRED,
                    "a request body must state its length " + "(Content-Length), at most " + maxBodyBytes + " bytes");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            if (length > 0) {
                drain(req);
            }
        }
    }

    /** The path as the client sent it, before Jetty resolved its dot segments. */
    private static String rawPath(HttpServletRequest req) {
        try {
            String path = ServletContextRequest.getServletContextRequest(req)
                    .getHttpURI()
                    .getPath();
            return path == null ? "" : path;
        } catch (IllegalStateException e) {
            return req.getRequestURI();
        }
    }

    /** True if a segment of {@code path} is {@code .} or {@code ..}, written plainly or percent-encoded. */
    static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            String s = segment.toLowerCase(java.util.Locale.ROOT).replace("%2e", ".");
            int semicolon = s.indexOf(';');
            if (semicolon >= 0) {
                s = s.substring(0, semicolon);
            }
            if (s.equals(".") || s.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads what is left of a body that the answer did not need (a refused write, say). Left unread, the server
     * closes the connection after answering, and a client that reuses it for its next request sees it dropped.
     * The body is at most {@code maxBodyBytes}, checked above.
     */
    private static void drain(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IllegalStateException e) {
            // The body was read as characters (a form): nothing is left.
            return;
        }
    }
}
