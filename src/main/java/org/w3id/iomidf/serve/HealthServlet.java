package org.w3id.iomidf.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.release.Site;

/** {@code /health}: 200 with the release served when the database answers, 503 otherwise. */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Site site;

    HealthServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        JsonObject o = new JsonObject();
        o.put("release", site.release().id());
        o.put("base", site.base());
        int status;
        try {
            site.checkReadable();
            o.put("status", "ok");
            o.put("triples", site.triples());
            status = HttpServletResponse.SC_OK;
        } catch (RuntimeException e) {
            o.put("status", "unavailable");
            o.put("error", String.valueOf(e.getMessage()));
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        res.setHeader("Cache-Control", "no-store");
        Reply.send(req, res, status, "application/json", (o + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
