package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.w3id.iomidf.map.Prefixes;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.release.Site;

/**
 * The home page at {@code /} and {@code /query}: the YASGUI query editor (served from the jar, no network
 * needed) with the prefixes preloaded and one tab per example query, plus the examples and addresses as plain
 * links for readers without JavaScript.
 */
final class EditorPage {

    static final String PREFIXES = Prefixes.sparql()
            + """
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>

            SELECT ?project ?title WHERE {
              ?project a idf:Project ; dcterms:title ?title .
            } LIMIT 20
            """;

    private final Site site;
    private final List<ExampleQueries.Example> examples;

    EditorPage(Site site) {
        this.site = site;
        this.examples = ExampleQueries.load(site.base());
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Language.of(req);
        ResourceBundle words = Html.words(lang);
        JsonArray tabs = new JsonArray();
        for (ExampleQueries.Example e : examples) {
            JsonObject o = new JsonObject();
            o.put("name", e.title(lang));
            o.put("query", e.sparql());
            tabs.add(o);
        }
        String head = "<link rel=\"stylesheet\" href=\"/editor/yasgui.min.css\">"
                + "<script src=\"/editor/yasgui.min.js\"></script>";
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("landing.editor")))
                .append("</h1><p>")
                .append(Html.esc(MessageFormat.format(
                        words.getString("editor.about"), site.release().id())))
                .append("</p><div id=\"yasgui\"></div><h2>")
                .append(Html.esc(words.getString("landing.examples")))
                .append("</h2><ul class=\"examples\">");
        for (ExampleQueries.Example e : examples) {
            b.append("<li>")
                    .append(Html.link("/query?lang=" + lang + "&query=" + Html.url(e.sparql()), e.title(lang)))
                    .append(" — ")
                    .append(Html.esc(e.about(lang)))
                    .append(" (")
                    .append(Html.link(site.pathOf(e.iri()) + "?lang=" + lang, words.getString("editor.asData")))
                    .append(")</li>");
        }
        b.append("</ul><script>").append(script(tabs, site.base())).append("</script>");
        res.addHeader("Vary", "Accept-Language");
        Reply.html(
                req,
                res,
                HttpServletResponse.SC_OK,
                Html.page(lang, words.getString("landing.editor"), head, b.toString()));
    }

    /**
     * The editor set-up; the JSON is made safe inside a script element by escaping {@code <}. A link in the results
     * to an IRI under the dataset's base opens this server's page of it (the base may name another host, or none
     * that answers).
     */
    private static String script(JsonArray tabs, String base) {
        String json = tabs.toString().replace("<", "\\u003c");
        String baseJson = new JsonString(base).toString().replace("<", "\\u003c");
        String prefixes = new JsonString(PREFIXES).toString().replace("<", "\\u003c");
        return """
                (function () {
                  if (typeof Yasgui === "undefined") { return; }
                  var examples = %s;
                  var endpoint = location.origin + "/sparql";
                  function tab(name, query) {
                    return Object.assign(Yasgui.Tab.getDefaults(), {
                      name: name, yasqe: { value: query }, requestConfig: { endpoint: endpoint } });
                  }
                  var y = new Yasgui(document.getElementById("yasgui"), {
                    requestConfig: { endpoint: endpoint }, copyEndpointOnNewTab: true, persistenceId: null,
                    yasqe: { value: %s } });
                  examples.forEach(function (e) { y.addTab(false, tab(e.name, e.query)); });
                  var asked = new URLSearchParams(location.search).get("query");
                  if (asked) { y.addTab(true, tab("Query", asked)); }
                  var base = %s;
                  document.addEventListener("click", function (e) {
                    var a = e.target.closest ? e.target.closest("a[href]") : null;
                    if (a && a.href.indexOf(base) === 0 && a.href.length > base.length) {
                      e.preventDefault();
                      location.href = "/" + a.href.substring(base.length);
                    }
                  }, true);
                })();"""
                .formatted(json, prefixes, baseJson);
    }
}
