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
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
