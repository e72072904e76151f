package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.live.TermNames;
import org.w3id.iomidf.store.SearchIndex;

/**
 * {@code /search?q=...}: the full-text search of the site, ranked, in pages of {@value #PAGE}, each hit with its
 * name, its kind and an extract with the matched words marked. The words are looked up in every language of the
 * data, each with its own analyser (the text index's {@code lang:} fields), and the best score of a resource
 * counts. The page shows the SPARQL it ran, which opens in the editor.
 */
final class SearchPage {
    static final int PAGE = 20;
    /** The longest search text taken; the rest is ignored. */
    static final int MAX_CHARS = 200;
    /** Marks around matched words in extracts: characters no page text holds, replaced after escaping. */
    private static final char START = '\uE000';

    private static final char END = '\uE001';

    private static final String HITS =
            """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s (MAX(?score) AS ?best) (MAX(?extract) AS ?text) WHERE {
            BRANCHES
            } GROUP BY ?s ORDER BY DESC(?best) ?s LIMIT %d OFFSET %d""";
    /** Jena's text module marks matched words with these (private-use characters, see {@link #marked}). */
    private static final String HIGHLIGHT = "\"highlight:s:\uE000 | e:\uE001\"";

    private static final String NAMES =
            """
            SELECT ?s ?type ?name WHERE {
              VALUES ?s { SUBJECTS }
              OPTIONAL { ?s a ?type }
              OPTIONAL { VALUES ?p { dcterms:title skos:prefLabel } ?s ?p ?name }
            }""";

    private final Site site;

    SearchPage(Site site) {
        this.site = site;
    }

    /** One hit: the resource, its kind, its name and the extract that matched (marked). */
    record Hit(String iri, String type, String name, String extract) {}

    void answer(HttpServletRequest req, HttpServletResponse res, int page) throws IOException {
        String lang = Language.of(req);
        ResourceBundle words = ResourceBundle.getBundle("serve.pages", Locale.forLanguageTag(lang));
        String asked =
                req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (asked.length() > MAX_CHARS) {
            asked = asked.substring(0, MAX_CHARS);
        }
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("search")))
                .append("</h1>");
        b.append(Html.searchForm(lang, asked, words.getString("search")));
        if (!asked.isEmpty()) {
            results(b, asked, page, lang, words);
        }
        res.addHeader("Vary", "Accept-Language");
        String title = asked.isEmpty() ? words.getString("search") : words.getString("search") + ": " + asked;
        Reply.html(req, res, HttpServletResponse.SC_OK, Html.page(lang, title, "", b.toString()));
    }

    private void results(StringBuilder b, String asked, int page, String lang, ResourceBundle words) {
        String sparql = hits(asked, page);
        List<Hit> hits = sparql == null ? List.of() : hits(sparql, lang);
        if (hits.isEmpty()) {
            b.append("<p>").append(Html.esc(words.getString("noHits"))).append("</p>");
        } else {
            b.append("<ol start=\"").append((page - 1) * PAGE + 1).append("\" class=\"hits\">");
            for (Hit h : hits.subList(0, Math.min(PAGE, hits.size()))) {
                b.append("<li>")
                        .append(Html.link(site.pathOf(h.iri()) + "?lang=" + lang, h.name()))
                        .append(" <span class=\"lang\">")
                        .append(Html.esc(h.type()))
                        .append("</span><br><span class=\"extract\">")
                        .append(marked(h.extract()))
                        .append("</span></li>");
            }
            b.append("</ol><nav>");
            String base = "/search?lang=" + lang + "&q=" + Html.url(asked) + "&page=";
            if (page > 1) {
                b.append(Html.link(base + (page - 1), words.getString("previous")))
                        .append(' ');
            }
            if (hits.size() > PAGE) {
                b.append(Html.link(base + (page + 1), words.getString("next")));
            }
            b.append("</nav>");
        }
        if (sparql != null) {
            b.append("<p>")
                    .append(Html.link(
                            "/query?query=" + Html.url(site.prefixes() + sparql), words.getString("asSparql")))
                    .append("</p>");
        }
    }

    /**
     * The pattern binding {@code ?var} to each resource whose title, description or name holds the words of
     * {@code asked}, in any language where they leave words to look for; null when they leave none in any.
     */
    static String matching(String asked, String var) {
        return branches(asked, "(" + var + " ?score)", "", "", " UNION ");
    }

    /**
     * One {@code text:query} per language in which {@code asked} leaves words to look for, joined by {@code
     * union}; each binds {@code subject} (a list such as {@code (?s ?score ?extract)}), with {@code limit} and
     * {@code highlight} (each empty, or a leading space and the argument) after the words. Null when the words
     * leave nothing to look for in any language.
     */
    private static String branches(String asked, String subject, String limit, String highlight, String union) {
        String words = NodeFmtLib.strNT(NodeFactory.createLiteralString(QueryParserBase.escape(asked)));
        List<String> branches = new ArrayList<>();
        for (String lang : SearchIndex.LANGUAGES) {
            if (SearchIndex.hasTerms(asked, lang)) {
                branches.add("{ " + subject + " text:query (dcterms:title dcterms:description skos:prefLabel " + words
                        + limit + " \"lang:" + lang + "\"" + highlight + ") }");
            }
        }
        return branches.isEmpty() ? null : String.join(union, branches);
    }

    /**
     * The query for one page of hits (one more than a page, to know whether there is a next one), searching each
     * language in which the text leaves words to look for; null when it leaves none in any.
     */
    static String hits(String asked, int page) {
        // A resource has at most two texts per language: twice the resources a page needs is enough.
        String limit = " " + 2 * (page * PAGE + 1);
        String branches = branches(asked, "(?s ?score ?extract)", limit, " " + HIGHLIGHT, "\n  UNION\n  ");
        if (branches == null) {
            return null;
        }
        return String.format(Locale.ROOT, HITS.replace("BRANCHES", "  " + branches), PAGE + 1, (page - 1L) * PAGE);
    }

    private List<Hit> hits(String sparql, String lang) {
        Map<String, String> extracts = new LinkedHashMap<>();
        site.select(sparql, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                extracts.put(
                        s.getResource("s").getURI(),
                        s.contains("text") ? s.getLiteral("text").getLexicalForm() : "");
            }
            return null;
        });
        if (extracts.isEmpty()) {
            return List.of();
        }
        String values = ResourceData.terms(extracts.keySet().stream());
        Map<String, List<Literal>> names = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        site.select(NAMES.replace("SUBJECTS", values), qe -> {
            qe.execSelect().forEachRemaining(s -> {
                String iri = s.getResource("s").getURI();
                if (s.contains("type")) {
                    types.putIfAbsent(
                            iri, site.labels().term(s.getResource("type").getURI(), lang));
                }
                if (s.contains("name") && s.get("name").isLiteral()) {
                    names.computeIfAbsent(iri, k -> new ArrayList<>()).add(s.getLiteral("name"));
                }
            });
            return null;
        });
        List<Hit> hits = new ArrayList<>();
        extracts.forEach((iri, extract) -> {
            String name = TermNames.pick(names.getOrDefault(iri, List.of()), lang);
            hits.add(new Hit(iri, types.getOrDefault(iri, ""), name == null ? iri : name, extract));
        });
        return hits;
    }

    /** The extract escaped, then its match marks turned into {@code <mark>} elements. */
    static String marked(String extract) {
        return Html.esc(extract).replace(String.valueOf(START), "<mark>").replace(String.valueOf(END), "</mark>");
    }
}
