package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.iomidf.serve.http.Reply;

/**
 * {@code /editor/*}, {@code /assets/*} and the site's icon: the editor (YASGUI), the chart library (ECharts), the
 * world map (Natural Earth via world-atlas, with topojson-client), the site's chart script and {@code /favicon.ico}
 * and {@code /favicon.svg}, all from inside the jar. Only the files listed here are served.
 */
public final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String JS = "text/javascript;charset=utf-8";
    private static final String YASGUI = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/";
    private static final String OWN = "/serve/assets/";

    /** A served file: where it is on the classpath and its media type. */
    private record Asset(String resource, String type) {}

    private static final Map<String, Asset> FILES = Map.of(
            "/editor/yasgui.min.js", new Asset(YASGUI + "yasgui.min.js", JS),
            "/editor/yasgui.min.css", new Asset(YASGUI + "yasgui.min.css", "text/css;charset=utf-8"),
            "/assets/echarts.min.js", new Asset(ECHARTS + "echarts.min.js", JS),
            "/assets/topojson-client.min.js", new Asset(OWN + "topojson-client.min.js", JS),
            "/assets/countries-110m.json", new Asset(OWN + "countries-110m.json", "application/json"),
            "/assets/country-points.json", new Asset(OWN + "country-points.json", "application/json"),
            "/assets/charts.js", new Asset(OWN + "charts.js", JS),
            "/favicon.ico", new Asset(OWN + "favicon.ico", "image/x-icon"),
            "/favicon.svg", new Asset(OWN + "favicon.svg", "image/svg+xml"));

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Asset asset = FILES.get(path);
        if (asset == null) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "No such file: " + path);
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream(asset.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + asset.resource());
            }
            res.setHeader("Cache-Control", "max-age=86400");
            Reply.send(req, res, HttpServletResponse.SC_OK, asset.type(), in.readAllBytes());
        }
    }
}
