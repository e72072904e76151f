package org.w3id.iomidf.serve.live;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.iomidf.release.LiveRelease;

/**
 * Pins each request to the release live when it starts, for the whole request (SPARQL, pages, downloads alike),
 * and names that release in the {@code X-Release} response header, so a client can tell which version of the
 * data an answer comes from.
 */
public final class ReleaseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient ReleaseSwitch releases;

    public ReleaseFilter(ReleaseSwitch releases) {
        this.releases = releases;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (releases.isPinned()) {
            chain.doFilter(req, res);
            return;
        }
        ServedRelease r = releases.pin();
        try {
            res.setHeader(LiveRelease.HEADER, r.release().id());
            chain.doFilter(req, res);
        } finally {
            releases.unpin();
        }
    }
}
