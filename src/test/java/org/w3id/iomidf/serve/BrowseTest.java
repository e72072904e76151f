package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;

/**
 * Browsing the real build of the sample by facets: every count and list is checked against plain SPARQL over the
 * same endpoint, and the page's own "as SPARQL" and CSV links give exactly the projects it lists.
 */
class BrowseTest {
    private static final String IDF = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    @RegisterExtension
    static final ServerExtension served = ServerExtension.sample();

    static LinkedDataServer server;
    static Http http;

    @BeforeAll
    static void buildAndServe() {
        server = served.server();
        http = new Http(server.port());
    }

    @Test
    void everyProjectIsListedOnceWithoutChoices() {
        assertEquals(sparql(IDF + "SELECT DISTINCT ?p WHERE { ?p a idf:Project }"), listed("/project/?lang=en"));
    }

    /** Each value's count is the number of projects a plain query finds with it. */
    @Test
    void facetCountsAreTheProjectsEachValueWouldList() {
        Document d = page("/project/?lang=en");
        Element types = d.selectFirst("section.facet[data-facet=type]");
        assertTrue(types != null && !types.select("li").isEmpty(), d::text);
        for (Element li : types.select("li")) {
            String href = li.selectFirst("a").attr("href");
            String code = param(href, "type");
            Set<String> want = sparql(IDF
                    + "SELECT DISTINCT ?p WHERE { ?p a idf:Project ; idf:projectType/skos:notation \"" + code + "\" }");
            assertEquals(String.valueOf(want.size()), li.selectFirst(".count").text(), code);
            assertEquals(want, listed(href), "projects of type " + code);
        }
    }

    /** Two facets combine; the page's SPARQL and CSV give the very projects listed. */
    @Test
    void choicesCombineAndTheListIsTheSameAsSparqlAndCsv() {
        Document d = page("/project/?lang=fr");
        Element country = d.selectFirst("section.facet[data-facet=country] li a");
        String first = country.attr("href");
        Document narrowed = page(first);
        Element status = narrowed.selectFirst("section.facet[data-facet=status] li a");
        String both = status.attr("href");
        Set<String> listed = listed(both);
        String a3 = param(both, "country");
        String st = param(both, "status");
        assertEquals(
                sparql(IDF + "SELECT DISTINCT ?p WHERE { ?p a idf:Project ; idf:beneficiary/idf:alpha3 \"" + a3
                        + "\" ; idf:status/skos:notation \"" + st + "\" }"),
                listed);
        assertFalse(listed.isEmpty());
        Document last = page(both);
        Element links = last.select("section.results > p").last();
        String editor = links.selectFirst("a[href^=/query]").attr("href");
        String query = param(editor, "query");
        assertEquals(listed, sparql(query));
        HttpResponse<String> csv =
                http.get(links.selectFirst("a[href^=/sparql]").attr("href"));
        assertEquals(200, csv.statusCode(), csv::body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(listed.size(), csv.body().strip().split("\r?\n").length - 1, csv::body);
        assertTrue(last.select("a[href]").stream()
                .map(a -> a.attr("href"))
                .filter(h -> h.startsWith("/project/"))
                .allMatch(h -> h.contains("lang=fr")));
    }

    @Test
    void yearsAndWordsNarrowTheList() {
        Set<String> want = sparql(IDF + "SELECT DISTINCT ?p WHERE { ?p a idf:Project ; idf:startYear ?s OPTIONAL {"
                + " ?p idf:endYear ?e } FILTER(xsd:integer(STR(?s)) <= 2016 && xsd:integer(STR(COALESCE(?e, ?s)))"
                + " >= 2015) }");
        assertEquals(want, listed("/project/?lang=en&from=2015&to=2016"));
        Set<String> border = listed("/project/?lang=en&q=border");
        assertFalse(border.isEmpty());
        assertTrue(border.size() < listed("/project/?lang=en").size());
    }

    @Test
    void oddParametersAreIgnoredNotEchoed() {
        HttpResponse<String> r =
                http.get("/project/?country=%3Cscript%3E&from=abcd&type=IB&type=IB&status=" + "x".repeat(5000));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>"));
        assertEquals(400, http.get("/project/?page=0").statusCode());
        HttpResponse<String> fr = http.get("/project/?page=0&lang=fr");
        assertEquals(400, fr.statusCode());
        assertTrue(fr.body().startsWith("la page doit être un nombre entier"), fr::body);
    }

    /** The landing page's counts are those of the data: projects, and the countries some project benefits. */
    @Test
    void landingPageCountsProjectsAndCountries() {
        String about = page("/?lang=en").selectFirst("main p").text();
        int projects =
                sparql(IDF + "SELECT DISTINCT ?p WHERE { ?p a idf:Project }").size();
        int countries = sparql(IDF + "SELECT DISTINCT ?c WHERE { ?p a idf:Project ; idf:beneficiary ?c }")
                .size();
        assertTrue(
                about.startsWith(projects + " projects") && about.contains("benefiting " + countries + " countries"),
                about);
    }

    /** No page shows a raw property name: every property of the data is named in the three languages. */
    @Test
    void everyPropertyHasANameInEachLanguage() {
        org.apache.jena.rdf.model.Model names = org.w3id.iomidf.serve.live.Site.classpathTurtle(
                        "/ontology/idf.ttl", "https://w3id.org/iom-idf/ontology")
                .add(org.w3id.iomidf.serve.live.Site.classpathTurtle("/serve/labels.ttl", "https://w3id.org/iom-idf/"));
        List<String> unnamed = new java.util.ArrayList<>();
        for (String p : sparql("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")) {
            for (String lang : List.of("en", "fr", "es")) {
                boolean named = names
                        .listObjectsOfProperty(names.createResource(p), org.apache.jena.vocabulary.RDFS.label)
                        .toList()
                        .stream()
                        .anyMatch(l ->
                                l.isLiteral() && l.asLiteral().getLanguage().equals(lang));
                if (!named) {
                    unnamed.add(p + "@" + lang);
                }
            }
        }
        assertEquals(List.of(), unnamed);
    }

    /** By title: the titles shown, in the reader's alphabetical order, on every page. */
    @Test
    void sortsByTitle() {
        for (String lang : List.of("en", "fr")) {
            List<Element> shown = items("/project/?lang=" + lang + "&sort=title");
            List<String> titles =
                    shown.stream().map(li -> li.selectFirst("a").text()).toList();
            List<String> sorted = new ArrayList<>(titles);
            sorted.sort(Collator.getInstance(Locale.forLanguageTag(lang)));
            assertEquals(sorted, titles);
            assertEquals(listed("/project/?lang=" + lang).size(), titles.size());
        }
    }

    /** By budget: largest first, each shown as the data has it, projects without one last. */
    @Test
    void sortsByBudgetAndShowsIt() {
        Map<String, Long> budgets = new HashMap<>();
        HttpResponse<String> r = http.get(
                SampleSite.query(IDF + "SELECT ?p ?b WHERE { ?p a idf:Project ; idf:budgetUSD ?b }"),
                "Accept",
                "text/csv");
        for (String line : r.body().strip().split("\r?\n")) {
            if (!line.startsWith("p,")) {
                String[] cells = line.split(",");
                budgets.put(cells[0], Math.round(Double.parseDouble(cells[1])));
            }
        }
        assertFalse(budgets.isEmpty());
        List<Long> shown = new ArrayList<>();
        for (Element li : items("/project/?lang=en&sort=budget")) {
            String href = li.selectFirst("a").attr("href");
            Long want = budgets.get("https://w3id.org/iom-idf" + href.substring(0, href.indexOf('?')));
            Element budget = li.selectFirst(".budget");
            if (want == null) {
                assertEquals(null, budget, li::toString);
                shown.add(-1L);
            } else {
                assertEquals(
                        "USD " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(want), budget.text());
                shown.add(want);
            }
        }
        List<Long> sorted = new ArrayList<>(shown);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, shown);
        assertEquals(budgets.size(), shown.stream().filter(b -> b >= 0).count());
    }

    /** By start year (the default): latest first. */
    @Test
    void sortsByStartYearByDefault() {
        List<Integer> years = items("/project/?lang=en&sort=start").stream()
                .map(li -> li.selectFirst(".lang").text())
                .map(t -> t.matches("\\d{4}.*") ? Integer.parseInt(t.substring(0, 4)) : 0)
                .toList();
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, years);
        assertEquals(
                items("/project/?lang=en").stream().map(Element::text).toList(),
                items("/project/?lang=en&sort=start").stream()
                        .map(Element::text)
                        .toList());
    }

    /** The sort links keep the search, facets and years; the other links keep the sort. */
    @Test
    void sortLinksKeepTheOtherChoices() {
        Document d = page("/project/?lang=fr&q=migration&from=2010&sort=budget");
        List<String> sorts =
                d.select("nav.sort a").stream().map(a -> a.attr("href")).toList();
        assertEquals(3, d.select("nav.sort a, nav.sort strong").size(), d.select("nav.sort")::toString);
        for (String href : sorts) {
            assertEquals("migration", param(href, "q"), href);
            assertEquals("2010", param(href, "from"), href);
            assertEquals("fr", param(href, "lang"), href);
        }
        // The default order, latest start first, takes no parameter.
        assertEquals(
                java.util.Arrays.asList(null, "title"),
                sorts.stream().map(h -> param(h, "sort")).toList());
        for (Element a : d.select("section.facet a")) {
            assertEquals("budget", param(a.attr("href"), "sort"), a::toString);
        }
    }

    /** Every item of the list at {@code path}, page after page. */
    private static List<Element> items(String path) {
        List<Element> all = new ArrayList<>();
        String next = path;
        while (next != null) {
            Document d = page(next);
            all.addAll(d.select("ol.projects > li"));
            int after = pageOf(next) + 1;
            next = d.select("nav.pager a").stream()
                    .map(a -> a.attr("href"))
                    .filter(h -> pageOf(h) == after)
                    .findFirst()
                    .orElse(null);
        }
        return all;
    }

    /** Every project on every page of the list at {@code path}, following the pager's next links. */
    private static Set<String> listed(String path) {
        Set<String> all = new TreeSet<>();
        String next = path;
        while (next != null) {
            Document d = page(next);
            for (Element a : d.select("ol.projects li > a")) {
                String href = a.attr("href");
                all.add("https://w3id.org/iom-idf" + href.substring(0, href.indexOf('?')));
            }
            int after = pageOf(next) + 1;
            next = d.select("nav.pager a").stream()
                    .map(a -> a.attr("href"))
                    .filter(h -> pageOf(h) == after)
                    .findFirst()
                    .orElse(null);
        }
        return all;
    }

    private static int pageOf(String href) {
        String p = param(href, "page");
        return p == null ? 1 : Integer.parseInt(p);
    }

    private static Set<String> sparql(String query) {
        HttpResponse<String> r = http.get(SampleSite.query(query), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r::body);
        Set<String> out = new TreeSet<>();
        String[] lines = r.body().strip().split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            out.add(lines[i].split(",")[0]);
        }
        return out;
    }

    private static String param(String href, String name) {
        String q = URI.create("http://x" + href).getRawQuery();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Document page(String path) {
        HttpResponse<String> r = http.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        return Jsoup.parse(r.body());
    }
}
