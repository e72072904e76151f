package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.ExampleQueries;
import org.w3id.iomidf.serve.live.Site;

/**
 * The editor at {@code /query}: the YASGUI query editor (served from the jar, no network needed), opening with one
 * tab holding the prefixes and a first query (or the query asked for in {@code ?query=}), a menu of the example
 * questions that loads the one picked into that tab, and the examples as plain links for readers without
 * JavaScript.
 */
final class EditorPage {

    static final String PREFIXES = PrefixTable.sparql()
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
        this.examples = site.examples();
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Language.of(req);
        ResourceBundle words = Html.words(lang);
        JsonArray queries = new JsonArray();
        StringBuilder menu = new StringBuilder("<p class=\"pick\" hidden><label for=\"examples\">")
                .append(Html.esc(words.getString("editor.pick")))
                .append("</label> <select id=\"examples\"><option value=\"\">")
                .append(Html.esc(words.getString("editor.choose")))
                .append("</option>");
        for (ExampleQueries.Example e : examples) {
            JsonObject o = new JsonObject();
            o.put("name", e.title(lang));
            o.put("query", e.sparql());
            menu.append("<option value=\"").append(queries.size()).append("\">");
            menu.append(Html.esc(e.title(lang))).append("</option>");
            queries.add(o);
        }
        menu.append("</select></p>");
        String head = "<link rel=\"stylesheet\" href=\"/editor/yasgui.min.css\">"
                + "<script src=\"/editor/yasgui.min.js\"></script>"
                + "<style>.yasgui .tabsList .tab a,.yasgui .tabsList .tab a span{color:#222}"
                + ".CodeMirror .cm-string-2{color:#9a3412}.CodeMirror .cm-comment{color:#6b4a00}"
                + ".CodeMirror-linenumber{color:#595959}</style>";
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("landing.editor")))
                .append("</h1><p>")
                .append(Html.esc(MessageFormat.format(
                        words.getString("editor.about"), site.release().id())))
                .append("</p>")
                .append(menu)
                .append("<div id=\"yasgui\"></div>")
                .append(list(site, examples, lang))
                .append("<script>")
                .append(script(queries, site.base()))
                .append(accessible(words))
                .append("</script>");
        res.addHeader("Vary", "Accept-Language");
        Reply.html(
                req,
                res,
                HttpServletResponse.SC_OK,
                Html.page(lang, words.getString("landing.editor"), head, b.toString()));
    }

    /** The examples under a heading, each opening in the editor, with what it answers and a link to it as data. */
    static String list(Site site, List<ExampleQueries.Example> examples, String lang) {
        ResourceBundle words = Html.words(lang);
        StringBuilder b = new StringBuilder("<h2>")
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
        return b.append("</ul>").toString();
    }

    /**
     * What the editor's own markup lacks for people using assistive technology, added as it is drawn: names for
     * the query text, the endpoint field and the results' rows-per-page choice, and the "add tab" button moved out of the list of tabs (a tab list
     * holds tabs only).
     */
    private static String accessible(ResourceBundle words) {
        String query = Html.scriptString(words.getString("editor.queryText"));
        String endpoint = Html.scriptString(words.getString("editor.endpoint"));
        String tabName = Html.scriptString(words.getString("editor.tabName"));
        String rows = Html.scriptString(words.getString("editor.rowsPerPage"));
        return """
                (function () {
                  var root = document.getElementById("yasgui");
                  if (!root) { return; }
                  function name(selector, label) {
                    root.querySelectorAll(selector).forEach(function (e) {
                      if (!e.hasAttribute("aria-label")) { e.setAttribute("aria-label", label); }
                    });
                  }
                  function fix() {
                    name(".CodeMirror textarea", %s);
                    name(".autocomplete", %s);
                    name(".tab input", %s);
                    name("select.tableSizer", %s);
                    root.querySelectorAll(".tabsList > :not(.tab)").forEach(function (e) {
                      e.parentNode.parentNode.insertBefore(e, e.parentNode.nextSibling);
                    });
                  }
                  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
                  fix();
                })();"""
                .formatted(query, endpoint, tabName, rows);
    }

    /**
     * The editor set-up: one tab, and the menu shown and wired to load the example picked into it (a tab per example
     * would fill the screen with tabs before the editor). The query asked for in {@code ?query=} is the tab's text
     * from the start, and it waits for the query button: left to read the address itself, YASGUI would send the
     * query as it opens, and the query button, which stops a query under way, would then cancel it for a person
     * pressing it before the answer came (it would also take another endpoint from the address). The JSON is made
     * safe inside a script element by escaping {@code <}. A link in the results to an IRI under the dataset's base
     * opens this server's page of it (the base may name another host, or none that answers).
     */
    private static String script(JsonArray queries, String base) {
        String json = Html.scriptJson(queries);
        String baseJson = Html.scriptString(base);
        String prefixes = Html.scriptString(PREFIXES);
        return """
                (function () {
                  if (typeof Yasgui === "undefined") { return; }
                  var examples = %s;
                  var endpoint = location.origin + "/sparql";
                  var asked = new URLSearchParams(location.search).get("query");
                  var y = new Yasgui(document.getElementById("yasgui"), {
                    requestConfig: { endpoint: endpoint }, copyEndpointOnNewTab: true, persistenceId: null,
                    populateFromUrl: false, yasqe: { value: asked || %s } });
                  var menu = document.getElementById("examples");
                  menu.parentNode.hidden = false;
                  menu.addEventListener("change", function () {
                    var e = examples[menu.value];
                    if (!e) { return; }
                    y.getTab().setQuery(e.query);
                    y.getTab().setName(e.name);
                  });
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
