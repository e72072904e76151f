package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.w3id.iomidf.map.Prefixes;
import org.w3id.iomidf.serve.http.Html;
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
        JsonArray tabs = new JsonArray();
        for (ExampleQueries.Example e : examples) {
            JsonObject o = new JsonObject();
            o.put("name", e.title());
            o.put("query", e.sparql());
            tabs.add(o);
        }
        String head = "<link rel=\"stylesheet\" href=\"/editor/yasgui.min.css\">"
                + "<script src=\"/editor/yasgui.min.js\"></script>";
        StringBuilder b = new StringBuilder("<h1>IOM Development Fund projects as linked data</h1><p>Release <code>")
                .append(Html.esc(site.release().id()))
                .append("</code>, ")
                .append(site.triples())
                .append(" triples. SPARQL endpoint: <code>/sparql</code> · ")
                .append(Html.link("/dumps/", "downloads"))
                .append(" · ")
                .append(Html.link("/.well-known/void", "VoID"))
                .append(" · ")
                .append(Html.link("/ontology", "ontology"))
                .append("</p><div id=\"yasgui\"></div><h2>Examples</h2><ul>");
        for (ExampleQueries.Example e : examples) {
            b.append("<li>")
                    .append(Html.link("/sparql?query=" + Html.url(e.sparql()), e.title()))
                    .append(" — ")
                    .append(Html.esc(e.about()))
                    .append(" (")
                    .append(Html.link(site.pathOf(e.iri()), "description"))
                    .append(")</li>");
        }
        b.append("</ul><script>").append(script(tabs)).append("</script>");
        Reply.html(req, res, HttpServletResponse.SC_OK, Html.page("en", "IDF linked data: SPARQL", head, b.toString()));
    }

    /** The editor set-up; the JSON is made safe inside a script element by escaping {@code <}. */
    private static String script(JsonArray tabs) {
        String json = tabs.toString().replace("<", "\\u003c");
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
                })();"""
                .formatted(json, prefixes);
    }
}
