package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.Site;

/** {@code /health}: 200 with the release served when the database answers, 503 otherwise. */
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Site site;
    private final transient BooleanSupplier warm;

    /** @param warm whether the release has been warmed (its example queries run once) */
    public HealthServlet(Site site, BooleanSupplier warm) {
        this.site = site;
        this.warm = warm;
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
            o.put("warm", warm.getAsBoolean());
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
