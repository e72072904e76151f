package org.w3id.iomidf.serve.live;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.iomidf.serve.http.Route;

/**
 * Registered once at a route's paths, answers each request with that route's servlet of the release the request is
 * pinned to (each {@link ServedRelease} has its own, made from its own data).
 */
public final class ReleaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ReleaseSwitch releases;
    private final Route route;

    public ReleaseServlet(ReleaseSwitch releases, Route route) {
        this.releases = releases;
        this.route = route;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        releases.current().servlet(route).service(req, res);
    }
}
