package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.release.ReleaseChanges;
import org.w3id.iomidf.release.ReleaseHistory;
import org.w3id.iomidf.release.ReleaseHistory.KeptRelease;
import org.w3id.iomidf.release.ReleaseLayout;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.http.SlowClients;

/**
 * {@code /release/}: the kept releases of the build folder. {@code /release/} lists them; {@code /release/<id>/} is
 * one release's page, {@code /release/<id>/changes} what changed in it (and {@code changes.json} as the build
 * wrote it), {@code /release/<id>/description} its
 * description as its build wrote it, and {@code /release/<id>/dumps/} its files, as they were when it was live.
 * {@code /release/<id>} (the release's IRI) redirects to its page.
 */
final class KeptReleaseServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient LiveRelease live;
    private final transient ReleaseHistory history;
    private final transient SlowClients slow;
    private final transient Supplier<String> root;

    KeptReleaseServlet(LiveRelease live, ReleaseHistory history, SlowClients slow, Supplier<String> root) {
        this.live = live;
        this.history = history;
        this.slow = slow;
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
        String rest = req.getPathInfo() == null ? null : req.getPathInfo().substring(1);
        if (rest == null) {
            res.sendRedirect("/release/");
            return;
        }
        res.addHeader("Vary", "Accept-Language");
        ReleasePages pages = new ReleasePages(live.base(), Language.of(req));
        if (rest.isEmpty()) {
            res.setHeader("Cache-Control", "max-age=60");
            Reply.html(req, res, HttpServletResponse.SC_OK, pages.list(history.releases(), live.id()));
            return;
        }
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        Optional<KeptRelease> found = history.find(id);
        if (found.isEmpty()) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "No kept release " + id + "; see /release/");
            return;
        }
        KeptRelease release = found.get();
        String home = "/release/" + release.id() + "/";
        String part = slash < 0 ? null : rest.substring(slash + 1);
        if (part == null) {
            res.sendRedirect(home);
        } else if (part.isEmpty()) {
            res.setHeader("Cache-Control", "max-age=300");
            Reply.html(
                    req,
                    res,
                    HttpServletResponse.SC_OK,
                    pages.release(release, reader(release).dumpFiles()));
        } else if (part.equals("changes")) {
            res.setHeader("Cache-Control", "max-age=300");
            Reply.html(req, res, HttpServletResponse.SC_OK, pages.changes(release));
        } else if (part.equals(ReleaseChanges.FILE)) {
            changesFile(req, res, release);
        } else if (part.equals("description")) {
            description(req, res, reader(release).description());
        } else if (part.equals("dumps") || part.startsWith("dumps/")) {
            new DumpServlet(reader(release), slow, root, home + "dumps/", true).service(new Within(req, part), res);
        } else {
            Reply.text(
                    req, res, HttpServletResponse.SC_NOT_FOUND, "No " + part + " in release " + id + "; see " + home);
        }
    }

    /** The changes as the build wrote them ({@code report/changes.json}), for programs. */
    private static void changesFile(HttpServletRequest req, HttpServletResponse res, KeptRelease release)
            throws IOException {
        Path file = release.home().resolve(ReleaseLayout.REPORT).resolve(ReleaseChanges.FILE);
        if (!Files.isRegularFile(file)) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "Release " + release.id() + " recorded no changes");
            return;
        }
        res.setHeader("Cache-Control", "max-age=31536000, immutable");
        Reply.send(req, res, HttpServletResponse.SC_OK, "application/json", Files.readAllBytes(file));
    }

    private LiveRelease reader(KeptRelease release) {
        return release.reader(live.dir());
    }

    private static void description(HttpServletRequest req, HttpServletResponse res, Model description)
            throws IOException {
        Optional<Format> f = Reply.negotiate(req, res, Format.RDF);
        if (f.isPresent()) {
            res.setHeader("Cache-Control", "max-age=31536000, immutable");
            Reply.rdf(req, res, description, f.get());
        }
    }

    /** The request as the dumps servlet reads it: the path below {@code dumps}, as it would be below /dumps. */
    private static final class Within extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String pathInfo;

        Within(HttpServletRequest req, String part) {
            super(req);
            this.pathInfo = part.equals("dumps") ? null : part.substring("dumps".length());
        }

        @Override
        public String getPathInfo() {
            return pathInfo;
        }
    }
}
