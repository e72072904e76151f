package org.w3id.iomidf.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One INFO line per request on the logger {@code org.w3id.iomidf.serve.access}: method, path, status, time. */
public final class AccessLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.iomidf.serve.access");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            LOG.info(
                    "{} {} {}{} {} {}ms",
                    req.getRemoteAddr(),
                    req.getMethod(),
                    req.getRequestURI(),
                    req.getQueryString() == null ? "" : "?" + req.getQueryString(),
                    res.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
