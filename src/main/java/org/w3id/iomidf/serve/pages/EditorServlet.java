package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.iomidf.serve.http.Reply;

/** {@code /editor/*}: the YASGUI script and style sheet, from the WebJar inside the jar. */
public final class EditorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String WEBJAR = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> FILES =
            Map.of("/yasgui.min.js", "text/javascript;charset=utf-8", "/yasgui.min.css", "text/css;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "No editor file " + name);
            return;
        }
        try (InputStream in = EditorServlet.class.getResourceAsStream(WEBJAR + name.substring(1))) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI WebJar is missing from the classpath: " + WEBJAR);
            }
            res.setHeader("Cache-Control", "max-age=86400");
            Reply.send(req, res, HttpServletResponse.SC_OK, type, in.readAllBytes());
        }
    }
}
