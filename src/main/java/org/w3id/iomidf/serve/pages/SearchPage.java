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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * counts. Projects come before the other resources found (code-list concepts, countries, regions); each extract is
 * in the language of the name it is shown under where the words were found there. The words are searched as words:
 * Lucene's special characters and operator words in them are not read as query syntax. The page shows the SPARQL
 * it ran, which opens in the editor.
 */
final class SearchPage {
    private static final Logger LOG = LoggerFactory.getLogger(SearchPage.class);
    static final int PAGE = 20;
    /** The longest search text taken; the rest is ignored. */
    static final int MAX_CHARS = 200;
    /** Marks around matched words in extracts: characters no page text holds, replaced after escaping. */
    private static final char START = '\uE000';

    private static final char END = '\uE001';

    private static final String HITS =
            """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s (MAX(?score) AS ?best) EXTRACTS WHERE {
            BRANCHES
              BIND(EXISTS { ?s a idf:Project } AS ?project)
            } GROUP BY ?s ?project ORDER BY DESC(?project) DESC(?best) ?s LIMIT %d OFFSET %d""";
    /** The best extract of a resource in one language ({@code LANG}), or "" if none: chosen after ranking. */
    private static final String EXTRACT =
            "(MAX(COALESCE(IF(lang(?extract) = \"LANG\", STR(?extract), \"\"), \"\")) AS ?LANG)";
    /**
     * Jena's text module marks matched words with the first two and joins the fragments of one text with the
     * third: private-use characters no page text holds (see {@link #marked}).
     */
    private static final String HIGHLIGHT = "\"highlight:s:\uE000 | e:\uE001 | f:\uE002\"";

    private static final char SEPARATOR = '\uE002';
    /** Lucene's operator words: in a reader's words they are words, and the index lower-cases every word. */
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

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

    /** One hit: the resource, its kind, its name and the extract that matched (marked), both in {@code lang}. */
    record Hit(String iri, String type, String name, String extract, String lang) {}

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
        int status = HttpServletResponse.SC_OK;
        if (!asked.isEmpty()) {
            StringBuilder found = new StringBuilder();
            try {
                results(found, asked, page, lang, words);
            } catch (QueryCancelledException e) {
                LOG.debug("search for {} timed out", asked, e);
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                found = new StringBuilder("<p>")
                        .append(Html.esc(words.getString("search.timeout")))
                        .append("</p>");
            } catch (QueryException e) {
                // The words are escaped before the index reads them; should the index still refuse them, the
                // reader is told so in their language, never with the index's message.
                LOG.debug("search for {} refused", asked, e);
                status = HttpServletResponse.SC_BAD_REQUEST;
                found = new StringBuilder("<p>")
                        .append(Html.esc(words.getString("search.unreadable")))
                        .append("</p>");
            }
            b.append(found);
        }
        res.addHeader("Vary", "Accept-Language");
        String title = asked.isEmpty() ? words.getString("search") : words.getString("search") + ": " + asked;
        Reply.html(req, res, status, Html.page(lang, title, "", b.toString()));
    }

    private void results(StringBuilder b, String asked, int page, String lang, ResourceBundle words) {
        String sparql = hits(asked, page);
        List<Hit> hits = sparql == null ? List.of() : hits(sparql, lang);
        if (hits.isEmpty()) {
            b.append("<p>").append(Html.esc(words.getString("noHits"))).append("</p>");
        } else {
            b.append("<ol start=\"").append((page - 1) * PAGE + 1).append("\" class=\"hits\">");
            for (Hit h : hits.subList(0, Math.min(PAGE, hits.size()))) {
                b.append(h.lang().equals(lang) ? "<li>" : "<li lang=\"" + Html.esc(h.lang()) + "\">")
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
        String words = NodeFmtLib.strNT(NodeFactory.createLiteralString(escaped(asked)));
        List<String> branches = new ArrayList<>();
        for (String lang : SearchIndex.LANGUAGES) {
            if (SearchIndex.hasTerms(asked, lang)) {
                branches.add("{ " + subject + " text:query (dcterms:title dcterms:description skos:prefLabel " + words
                        + limit + " \"lang:" + lang + "\"" + highlight + ") }");
            }
        }
        return branches.isEmpty() ? null : String.join(union, branches);
    }

    /** The reader's words as Lucene reads words: special characters escaped, operator words lower-cased. */
    static String escaped(String asked) {
        return OPERATOR.matcher(QueryParserBase.escape(asked))
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
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
        String extracts = SearchIndex.LANGUAGES.stream()
                .map(l -> EXTRACT.replace("LANG", l))
                .collect(Collectors.joining(" "));
        return String.format(
                Locale.ROOT,
                HITS.replace("EXTRACTS", extracts).replace("BRANCHES", "  " + branches),
                PAGE + 1,
                (page - 1L) * PAGE);
    }

    private List<Hit> hits(String sparql, String lang) {
        Map<String, Map<String, String>> extracts = new LinkedHashMap<>();
        site.select(sparql, qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> byLang = new HashMap<>();
                for (String l : SearchIndex.LANGUAGES) {
                    if (s.contains(l) && !s.getLiteral(l).getLexicalForm().isEmpty()) {
                        byLang.put(l, s.getLiteral(l).getLexicalForm());
                    }
                }
                extracts.put(s.getResource("s").getURI(), byLang);
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
        extracts.forEach((iri, byLang) -> {
            List<Literal> named = names.getOrDefault(iri, List.of());
            String shown = shownLanguage(named, byLang, lang);
            String name = TermNames.pick(named, shown);
            hits.add(new Hit(
                    iri,
                    types.getOrDefault(iri, ""),
                    name == null ? iri : name,
                    byLang.getOrDefault(shown, ""),
                    shown));
        });
        return hits;
    }

    /**
     * The language a hit is shown in, its name and extract alike: the language of the name the reader would see if
     * the words were found there, else the first language (the reader's first) in which they were found and the
     * resource has a name; so that an extract never sits under a name in another language.
     */
    private static String shownLanguage(List<Literal> named, Map<String, String> byLang, String lang) {
        String name = TermNames.pick(named, lang);
        String nameLang = named.stream()
                .filter(l -> l.getLexicalForm().equals(name))
                .map(l -> l.getLanguage().toLowerCase(Locale.ROOT))
                .findFirst()
                .orElse(lang);
        if (byLang.containsKey(nameLang) || byLang.isEmpty()) {
            return nameLang;
        }
        List<String> order = new ArrayList<>(List.of(lang));
        SearchIndex.LANGUAGES.stream().filter(l -> !l.equals(lang)).forEach(order::add);
        for (String l : order) {
            boolean hasName = named.stream().anyMatch(n -> n.getLanguage().equalsIgnoreCase(l));
            if (byLang.containsKey(l) && hasName) {
                return l;
            }
        }
        return nameLang;
    }

    /** The extract escaped, its match marks turned into {@code <mark>} elements, its fragments joined by "…". */
    static String marked(String extract) {
        return Html.esc(extract)
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(END), "</mark>")
                .replace(String.valueOf(SEPARATOR), " … ");
    }
}
