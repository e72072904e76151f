package org.w3id.iomidf.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells browsers to take every answer as the type it is sent with ({@code X-Content-Type-Options: nosniff}): a
 * plain-text error that quotes part of a caller's query (as SPARQL parse errors do) is then never read as HTML.
 */
public final class NoSniff extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, res);
    }
}
