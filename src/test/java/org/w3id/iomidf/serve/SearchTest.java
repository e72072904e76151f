package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iomidf.fixture.ServerExtension;

/**
 * Full-text search over the real build of the sample, through the site ({@code /search}) and SPARQL
 * ({@code text:query}); the titles a search must find are read from the sample's expected answers.
 */
class SearchTest {
    @RegisterExtension
    static final ServerExtension served = ServerExtension.sample();

    static LinkedDataServer server;
    static Http http;
    /** Title per language per project key, from expected/*.json. */
    static Map<String, Map<String, String>> titles = new TreeMap<>();

    @BeforeAll
    static void buildAndServe() throws IOException {
        server = served.server();
        http = new Http(server.port());
        for (String folder : List.of("pages", "seeds")) {
            for (JsonObject page : SampleSite.expected(SampleSite.SAMPLE.resolve(folder))) {
                if (page.get("primaId") != null && page.get("primaId").isString()) {
                    titles.computeIfAbsent(page.get("primaId").getAsString().value(), k -> new TreeMap<>())
                            .put(
                                    page.get("lang").getAsString().value(),
                                    page.get("title").getAsString().value());
                }
            }
        }
    }

    /** "frontiere", no accent, singular, finds every project whose French title says "frontières". */
    @Test
    void foldsAccentsAndWordFormsInFrench() {
        Set<String> want = projects("fr", t -> t.toLowerCase().contains("frontières"));
        assertFalse(want.isEmpty(), "the sample has French titles about borders");
        Set<String> found = hitProjects("frontiere", "fr");
        assertTrue(found.containsAll(want), () -> "wanted " + want + ", found " + found);
    }

    /** "borders" finds every project whose English title says "Border". */
    @Test
    void stemsEnglish() {
        Set<String> want = projects("en", t -> t.contains("Border"));
        assertFalse(want.isEmpty());
        Set<String> found = hitProjects("borders", "en");
        assertTrue(found.containsAll(want), () -> "wanted " + want + ", found " + found);
    }

    @Test
    void marksTheMatchedWordsAndKeepsTheLanguageInLinks() {
        Document d = page("/search?lang=es&q=" + URLEncoder.encode("gestión de fronteras", StandardCharsets.UTF_8));
        List<Element> hits = d.select("ol.hits li");
        assertFalse(hits.isEmpty(), d::text);
        assertTrue(hits.stream().allMatch(h -> !h.select("mark").isEmpty()), () -> hits.toString());
        assertTrue(hits.stream().allMatch(h -> h.selectFirst("a").attr("href").endsWith("?lang=es")));
        assertEquals("es", d.selectFirst("html").attr("lang"));
        assertEquals("gestión de fronteras", d.selectFirst("main input[name=q]").val());
        String editor = d.select("main p a").last().attr("href");
        assertTrue(editor.startsWith("/query?query="), editor);
    }

    /** What a caller types never reaches the page unescaped nor the index unparsed, whatever it holds. */
    @Test
    void hostileSearchesAreAnsweredSafely() {
        for (String q : List.of(
                "\"><script>alert(1)</script>",
                "title:* OR \"",
                "*a*",
                "((((",
                "x".repeat(10_000),
                "\\",
                "border~ AND NOT \u0000")) {
            HttpResponse<String> r = http.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), q);
            assertFalse(r.body().contains("<script>alert"), q);
        }
        assertEquals(400, http.get("/search?q=border&page=0").statusCode());
    }

    /**
     * A word a language drops ("la" in French and Spanish) does not list every literal of that language: every hit
     * shows the word it was found by; words every language of the data drops or lacks find nothing.
     */
    @Test
    void stopWordsFindOnlyWhereTheyAreWords() {
        Document d = page("/search?lang=fr&q=" + URLEncoder.encode("la", StandardCharsets.UTF_8));
        List<Element> hits = d.select("ol.hits li");
        assertTrue(hits.stream().allMatch(h -> !h.select("mark").isEmpty()), hits::toString);
        Document none = page("/search?lang=fr&q=" + URLEncoder.encode("the of and", StandardCharsets.UTF_8));
        assertTrue(
                none.select("ol.hits li").isEmpty(), () -> none.select("main").toString());
    }

    @Test
    void sparqlReachesTheIndexToo() {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> SELECT"
                + " DISTINCT ?s WHERE { (?s ?score) text:query (dcterms:title \"+border +management\" \"lang:en\") }"
                + " ORDER BY ?s";
        HttpResponse<String> r = http.get(SampleSite.query(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r::body);
        Set<String> want = projects("en", t -> t.contains("Border Management"));
        for (String key : want) {
            assertTrue(r.body().contains("/project/" + key), () -> key + " in " + r.body());
        }
    }

    /**
     * Search operators a reader may type are words to search for, on the search page and the project list; the
     * 40-word list is cut at the longest search text taken, right after an "OR".
     */
    static Stream<Arguments> operatorSearches() {
        String many = String.join(
                " OR ",
                List.of(
                        "migration",
                        "border",
                        "labour",
                        "health",
                        "return",
                        "policy",
                        "data",
                        "youth",
                        "women",
                        "trafficking",
                        "diaspora",
                        "climate",
                        "remittances",
                        "asylum",
                        "refugee",
                        "integration",
                        "capacity",
                        "training",
                        "law",
                        "census",
                        "survey",
                        "mobility",
                        "visa",
                        "passport",
                        "crisis",
                        "camp",
                        "shelter",
                        "water",
                        "land",
                        "city",
                        "rural",
                        "market",
                        "school",
                        "child",
                        "family",
                        "network",
                        "region",
                        "island",
                        "river",
                        "coast"));
        List<Arguments> out = new java.util.ArrayList<>();
        for (String path : List.of("/search", "/project/")) {
            for (String lang : List.of("en", "fr", "es")) {
                for (String q : List.of("AND", "OR", "NOT", "migration AND", "NOT migration OR", many)) {
                    out.add(Arguments.of(path, lang, q));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("operatorSearches")
    void operatorWordsAreSearchedAsWords(String path, String lang, String q) {
        HttpResponse<String> r = http.get(path + "?lang=" + lang + "&q=" + enc(q), "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        assertNothingLeaks(r.body());
        Document d = Jsoup.parse(r.body());
        assertEquals(lang, d.selectFirst("html").attr("lang"));
    }

    /** The arguments of text:query that the index cannot take, each with the languages of the data. */
    static Stream<Arguments> hostileTextQueries() {
        List<Arguments> out = new java.util.ArrayList<>();
        for (String lang : List.of("en", "fr", "es")) {
            String l = " \"lang:" + lang + "\"";
            for (String args : List.of(
                    "(dcterms:title \"/[a/\"" + l + ")",
                    "(dcterms:title \"/a{5,2}/\"" + l + ")",
                    "(dcterms:title \"/[a-z]{1,500}[a-z]{1,500}/\"" + l + ")",
                    "(dcterms:title \"/a{20000}/\"" + l + ")",
                    "(dcterms:title \"border^99999999999999999999999999999999999999999\"" + l + ")",
                    "(dcterms:title \"border\"" + l + " \"highlight:m:-5\")",
                    "(dcterms:title \"border\"" + l + " \"highlight:m:2000000000\")",
                    "(dcterms:title \"border\"" + l + " \"highlight:s:( | e:[\")",
                    "(dcterms:title \"()\"" + l + ")",
                    "(dcterms:title \"AND\"" + l + ")",
                    "(dcterms:title \"border\" 99999999999" + l + ")",
                    "()",
                    "(dcterms:title dcterms:description skos:prefLabel \"border\" 10" + l + " \"highlight:\" \"x\")")) {
                out.add(Arguments.of(args));
            }
        }
        return out.stream();
    }

    /** A text:query the index cannot take is refused with 400 and a plain reason, before the index is asked. */
    @ParameterizedTest
    @MethodSource("hostileTextQueries")
    void hostileTextQueryArgumentsAreRefusedPlainly(String args) {
        HttpResponse<String> r = http.get(SampleSite.query(textQuery(args)), "Accept", "text/csv");
        assertEquals(400, r.statusCode(), r::body);
        assertTrue(r.body().contains("text:query"), r::body);
        assertNothingLeaks(r.body());
    }

    /** Four clients asking for a huge highlighter at once are all refused quickly; the server goes on answering. */
    @Test
    void concurrentHugeHighlightsAreRefused() throws Exception {
        String q = textQuery("(dcterms:title dcterms:description \"migration\" \"lang:en\" \"highlight:m:150000000\")");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> asked = new java.util.ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                asked.add(pool.submit(() -> http.get(SampleSite.query(q), "Accept", "text/csv")));
            }
            for (Future<HttpResponse<String>> f : asked) {
                HttpResponse<String> r = f.get();
                assertEquals(400, r.statusCode(), r::body);
                assertNothingLeaks(r.body());
            }
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "answered within 10 s");
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> after = http.get(
                SampleSite.query(textQuery("(dcterms:title \"migration\" \"lang:en\" \"highlight:m:3\")")),
                "Accept",
                "text/csv");
        assertEquals(200, after.statusCode(), after::body);
        assertTrue(after.body().contains("/project/"), after::body);
    }

    /** "migration" names seven code-list concepts and many projects: every project comes first. */
    @Test
    void projectsComeBeforeOtherResources() {
        List<String> hrefs = new java.util.ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            Document d = page("/search?lang=en&page=" + page + "&q=migration");
            d.select("ol.hits li > a").forEach(a -> hrefs.add(a.attr("href")));
            String next = "page=" + (page + 1);
            if (d.select("main nav a").stream().noneMatch(a -> a.attr("href").contains(next))) {
                break;
            }
        }
        int firstOther = 0;
        while (firstOther < hrefs.size() && hrefs.get(firstOther).startsWith("/project/")) {
            firstOther++;
        }
        assertTrue(firstOther > 0, hrefs::toString);
        assertTrue(firstOther < hrefs.size(), () -> "concepts are found too: " + hrefs);
        List<String> rest = hrefs.subList(firstOther, hrefs.size());
        assertTrue(rest.stream().noneMatch(h -> h.startsWith("/project/")), hrefs::toString);
    }

    /**
     * Each project's extract is in the language of the title it is shown under, its fragments joined by an
     * ellipsis: every fragment is part of a title or description in that language.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "fr", "es"})
    void extractsAreInTheLanguageOfTheirTitle(String lang) {
        Document d = page("/search?lang=" + lang + "&q=migration");
        List<Element> hits = d.select("ol.hits li").stream()
                .filter(li -> li.selectFirst("a").attr("href").startsWith("/project/"))
                .toList();
        assertFalse(hits.isEmpty(), d::text);
        for (Element hit : hits) {
            String href = hit.selectFirst("a").attr("href");
            String iri = "https://w3id.org/iom-idf" + href.substring(0, href.indexOf('?'));
            Map<String, List<String>> texts = texts(iri);
            String title = hit.selectFirst("a").text();
            String titleLang = texts.entrySet().stream()
                    .filter(e -> e.getValue().contains(title))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(title + " is a title of " + iri + ": " + texts));
            String extract = hit.selectFirst(".extract").text();
            assertFalse(extract.contains("|") || extract.contains("\u2223"), extract);
            for (String fragment : extract.split(" … ")) {
                String f = fragment.strip();
                assertTrue(
                        texts.get(titleLang).stream().anyMatch(t -> t.contains(f)),
                        () -> "'" + f + "' in the " + titleLang + " texts of " + iri + ": " + texts.get(titleLang));
            }
        }
    }

    /** The titles and descriptions of a resource per language, white space collapsed as a page shows it. */
    private static Map<String, List<String>> texts(String iri) {
        String q = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t (lang(?t) AS ?l) WHERE { <" + iri
                + "> dcterms:title|dcterms:description ?t }";
        HttpResponse<String> r = http.get(SampleSite.query(q), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        Map<String, List<String>> out = new TreeMap<>();
        org.apache
                .jena
                .atlas
                .json
                .JSON
                .parse(r.body())
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray()
                .forEach(b -> out.computeIfAbsent(
                                b.getAsObject()
                                        .get("l")
                                        .getAsObject()
                                        .get("value")
                                        .getAsString()
                                        .value(),
                                k -> new java.util.ArrayList<>())
                        .add(b.getAsObject()
                                .get("t")
                                .getAsObject()
                                .get("value")
                                .getAsString()
                                .value()
                                .replaceAll("\\s+", " ")
                                .strip()));
        return out;
    }

    private static String textQuery(String args) {
        return "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/>"
                + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " SELECT ?s ?l WHERE { (?s ?score ?l) text:query " + args + " } LIMIT 5";
    }

    /** No answer names an exception, the text module or the fields of the index. */
    static void assertNothingLeaks(String body) {
        for (String leak :
                List.of("Exception", "lucene", "TextIndex", "title_", "description_", "label_", "AND lang:")) {
            assertFalse(body.contains(leak), () -> leak + " in " + body);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Set<String> projects(String lang, java.util.function.Predicate<String> title) {
        Set<String> keys = new TreeSet<>();
        titles.forEach((key, byLang) -> {
            if (byLang.containsKey(lang) && title.test(byLang.get(lang))) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The project keys on the first pages of hits for {@code q}. */
    private static Set<String> hitProjects(String q, String lang) {
        Set<String> keys = new TreeSet<>();
        for (int page = 1; page <= 5; page++) {
            Document d = page(
                    "/search?lang=" + lang + "&page=" + page + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            for (Element a : d.select("ol.hits li > a")) {
                String href = a.attr("href");
                if (href.startsWith("/project/")) {
                    keys.add(href.substring("/project/".length(), href.indexOf('?')));
                }
            }
            String next = "page=" + (page + 1);
            if (d.select("main nav a").stream().noneMatch(a -> a.attr("href").contains(next))) {
                break;
            }
        }
        return keys;
    }

    private static Document page(String path) {
        HttpResponse<String> r = http.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        return Jsoup.parse(r.body());
    }
}
