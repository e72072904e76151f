package org.w3id.iomidf.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for every route, so that browser clients on other sites can query the endpoint and fetch resources.
 * The data is public and read-only and no request carries credentials, so any origin is allowed.
 */
public final class Cors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, Range, If-None-Match, If-Modified-Since";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getHeader("Origin") == null) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.setHeader(
                "Access-Control-Expose-Headers",
                "Content-Length, Content-Range, ETag, Link, Vary, Retry-After, " + Reply.TRUNCATED);
        boolean preflight = "OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Access-Control-Allow-Methods", METHODS);
        String asked = req.getHeader("Access-Control-Request-Headers");
        res.setHeader("Access-Control-Allow-Headers", asked != null ? asked : HEADERS);
        res.setHeader("Access-Control-Max-Age", "86400");
        res.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
