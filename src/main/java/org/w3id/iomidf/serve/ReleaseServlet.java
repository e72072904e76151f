package org.w3id.iomidf.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;

/**
 * Registered once at a path, answers each request with that path's servlet of the release the request is
 * pinned to (each {@link ServedRelease} has its own, made from its own data).
 */
final class ReleaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ReleaseSwitch releases;
    private final transient Function<ServedRelease, HttpServlet> servlet;

    ReleaseServlet(ReleaseSwitch releases, Function<ServedRelease, HttpServlet> servlet) {
        this.releases = releases;
        this.servlet = servlet;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws ServletException, IOException {
        servlet.apply(releases.current()).service(req, res);
    }
}
