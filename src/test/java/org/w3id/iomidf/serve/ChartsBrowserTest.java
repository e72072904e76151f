package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map and charts of the sample site as a person checks them on screen, in headless Chromium and in the three
 * languages: no country painted that benefits from nothing, every beneficiary visible (a mark where its shape is
 * too small or missing), no line across the map, no empty chart box, no label running out of its box, counts on
 * whole ticks, numbers written the language's way. What is expected comes from SPARQL over the same release and
 * from the atlas files, not from the page's own numbers.
 */
class ChartsBrowserTest {
    private static final Path ASSETS = Path.of("src/main/resources/serve/assets");
    private static final String IDF = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> ";

    /** The region shapes of the map: the paths sharing the most common border; the most common fill is no data. */
    private static final String REGIONS =
            """
            var box = document.getElementById('map');
            var paths = Array.from(box.querySelectorAll('svg path'));
            function most(values) {
              var n = {};
              values.forEach(function (v) { n[v] = (n[v] || 0) + 1; });
              return Object.keys(n).sort(function (a, b) { return n[b] - n[a]; })[0];
            }
            var border = most(paths.map(function (p) { return p.getAttribute('stroke'); }));
            var regions = paths.filter(function (p) { return p.getAttribute('stroke') === border; });
            var noData = most(regions.map(function (p) { return p.getAttribute('fill'); }));
            """;

    @TempDir
    static Path out;

    static LinkedDataServer server;
    static Http http;
    /** One browser for the class: each test opens its pages afresh, and starting Chromium is what takes time. */
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        SampleSite.buildAll(out.resolve("build"));
        server = LinkedDataServer.start(ServeConfig.of(out.resolve("build"), 0));
        http = new Http(server.port());
        browser = new Chromium(Files.createTempDirectory(out, "profile"));
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    private void openMap(String lang) {
        browser.open(http.url("/?lang=" + lang));
        // the library paints on the next frame after the script set the option
        Chromium.waitFor(
                () -> "true"
                        .equals(
                                browser.eval(
                                        "document.getElementById('map').getAttribute('data-drawn') !== null && document.querySelectorAll('#map svg path').length >= Number(document.getElementById('map').getAttribute('data-drawn'))")));
        browser.eval("document.getElementById('map').scrollIntoView()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void theMapPaintsExactlyTheBeneficiariesItHasShapesFor(String lang) throws Exception {
        Set<String> shaped = atlasCodes();
        long expected = beneficiaries().stream().filter(shaped::contains).count();
        openMap(lang);
        JsonObject seen = browser.value(
                        "(function () {" + REGIONS
                                + """
                                return { regions: regions.length,
                                         painted: regions.filter(function (p) { return p.getAttribute('fill') !== noData; }).length };
                                })()""")
                .getAsObject();
        assertEquals(expected, number(seen.get("painted")), "regions painted as beneficiaries: " + seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void everyBeneficiaryIsVisibleOnTheMap(String lang) throws Exception {
        JsonObject points = JSON.parse(Files.readString(ASSETS.resolve("country-points.json")));
        JsonObject wanted = new JsonObject();
        for (String m49 : beneficiaries()) {
            assertTrue(points.hasKey(m49), "a point for " + m49);
            wanted.put(m49, points.get(m49));
        }
        openMap(lang);
        // At each beneficiary's point, the topmost shape must be painted (not no data) and at least 6 px each way.
        JsonValue hidden = browser.value("(function (points) {" + REGIONS
                + """
                var chart = echarts.getInstanceByDom(box), o = chart.getOption();
                var on = o.geo && o.geo.length ? { geoIndex: 0 } : { seriesIndex: 0 };
                var r = box.getBoundingClientRect();
                return Object.keys(points).filter(function (m49) {
                  var xy = chart.convertToPixel(on, points[m49]);
                  var e = document.elementFromPoint(r.left + xy[0], r.top + xy[1]);
                  if (!e || e.tagName.toLowerCase() !== 'path') { return true; }
                  var b = e.getBoundingClientRect();
                  return e.getAttribute('fill') === noData || b.width < 6 || b.height < 6;
                });
                })("""
                + wanted + ")");
        assertEquals("[ ]", hidden.toString().replaceAll("\\s+", " "), "beneficiaries not visible (M49): " + hidden);
    }

    @Test
    void noLineCrossesTheMap() {
        openMap("en");
        JsonObject widest = browser.value(
                        "(function () {" + REGIONS
                                + """
                        var left = Infinity, right = -Infinity, jump = 0;
                        regions.forEach(function (p) {
                          var b = p.getBBox();
                          left = Math.min(left, b.x); right = Math.max(right, b.x + b.width);
                          p.getAttribute('d').split(/(?=M)/).forEach(function (sub) {
                            var n = (sub.match(/-?\\d*\\.?\\d+(?:e[-+]?\\d+)?/g) || []).map(Number);
                            for (var i = 2; i + 1 < n.length; i += 2) { jump = Math.max(jump, Math.abs(n[i] - n[i - 2])); }
                            if (n.length >= 4) { jump = Math.max(jump, Math.abs(n[n.length - 2] - n[0])); }
                          });
                        });
                        return { width: right - left, jump: jump };
                        })()""")
                .getAsObject();
        assertTrue(
                number(widest.get("jump")) < number(widest.get("width")) / 4,
                "an edge of a shape spans a quarter of the map or more: " + widest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void chartBoxesAreDrawnAndTheirLabelsFitInside(String lang) {
        openMap(lang);
        List<String> problems = boxProblems("landing");
        for (String country : List.of("MNG", "TUN", "FJI")) {
            browser.open(http.url("/country/" + country + "?lang=" + lang));
            problems.addAll(boxProblems(country));
        }
        assertEquals(List.of(), problems);
    }

    /** What is wrong with the chart boxes of the open page: empty, a text outside, an ellipsis, a fraction of a count. */
    private List<String> boxProblems(String page) {
        JsonArray boxes = browser.value(
                        """
                        Array.from(document.querySelectorAll('div.chart, div.map')).map(function (box) {
                          var r = box.getBoundingClientRect();
                          var shapes = Array.from(box.querySelectorAll('svg path, svg rect')).filter(function (e) {
                            var b = e.getBoundingClientRect(), f = e.getAttribute('fill');
                            return b.width > 0 && b.height > 0 && f && f !== 'none' && f !== 'transparent';
                          }).length;
                          var texts = Array.from(box.querySelectorAll('svg text'));
                          var cut = texts.filter(function (t) {
                            var b = t.getBoundingClientRect();
                            return b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1
                              || t.textContent.indexOf('\\u2026') >= 0;
                          }).map(function (t) { return t.textContent; });
                          return { id: box.id, shapes: shapes, cut: cut,
                                   texts: texts.map(function (t) { return t.textContent; }) };
                        })""")
                .getAsArray();
        String lang = browser.eval("document.documentElement.lang");
        List<String> problems = new ArrayList<>();
        for (JsonValue v : boxes) {
            JsonObject box = v.getAsObject();
            String where = page + " " + lang + " #" + box.getString("id");
            if (number(box.get("shapes")) == 0) {
                problems.add(where + ": an empty box");
            }
            if (!box.get("cut").getAsArray().isEmpty()) {
                problems.add(where + ": text cut at the edge: " + box.get("cut"));
            }
            for (JsonValue t : box.get("texts").getAsArray()) {
                String text = t.getAsString().value().strip();
                if (text.matches("\\d+[.,]\\d{1,2}")) {
                    problems.add(where + ": a fraction where counts are whole: " + text);
                }
                if (!lang.equals("en") && text.matches(".*\\d,\\d{3}(\\D.*)?")) {
                    problems.add(where + ": digits grouped the English way: " + text);
                }
            }
        }
        return problems;
    }

    @Test
    void yearsStandOneYearApartAndUndatedProjectsAreCounted() {
        browser.open(http.url("/?lang=en"));
        JsonArray years = browser.value(
                        "echarts.getInstanceByDom(document.getElementById('chart-years')).getOption().xAxis[0].data")
                .getAsArray();
        for (int i = 1; i < years.size(); i++) {
            int previous = Integer.parseInt(years.get(i - 1).getAsString().value());
            assertEquals(
                    previous + 1, Integer.parseInt(years.get(i).getAsString().value()), years.toString());
        }
        Document page = Jsoup.parse(http.get("/?lang=en").body());
        Element note = page.selectFirst("#chart-years ~ p.chart-note");
        assertNotNull(note, "a note under the chart per year");
        String all = column(IDF + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a idf:Project }")
                .get(0);
        String undated = column(
                        IDF
                                + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a idf:Project FILTER NOT EXISTS { ?p idf:startYear ?y } }")
                .get(0);
        assertTrue(note.text().startsWith(undated + " of the " + all + " projects have no start year"), note.text());
    }

    @Test
    void aCountryWithoutYearsSaysSoInsteadOfAnEmptyChart() {
        assertEquals(
                List.of(),
                column(IDF + "SELECT ?y WHERE { ?p idf:beneficiary/idf:alpha3 \"MNG\" ; idf:startYear ?y }"),
                "the sample's projects in Mongolia have no start year");
        Document page = Jsoup.parse(http.get("/country/MNG?lang=en").body());
        assertNull(page.selectFirst("#chart-years"), "no chart box");
        assertTrue(
                page.select("p.chart-note").text().contains("no chart per year"),
                page.select("p.chart-note").text());
    }

    @Test
    void theBudgetPerCountryIsGivenWholeAndSharedAndTheNoteSaysWhy() {
        Document page = Jsoup.parse(http.get("/?lang=en").body());
        assertNotNull(page.selectFirst("input[name=measure][value=shared]"), "a switch to the shared budget");
        Element table = page.selectFirst("#map ~ details table");
        assertEquals(
                List.of(
                        "Beneficiary country",
                        "Projects",
                        "Budget, whole in each country (USD)",
                        "Budget shared between its countries (USD)"),
                table.select("thead th").eachText());
        long whole = 0;
        long shared = 0;
        for (Element row : table.select("tbody tr")) {
            whole += Long.parseLong(row.child(2).text().replace(",", ""));
            shared += Long.parseLong(row.child(3).text().replace(",", ""));
        }
        long pairs = Math.round(Double.parseDouble(
                column(IDF + "SELECT (SUM(?b) AS ?s) WHERE { ?p idf:budgetUSD ?b ; idf:beneficiary/idf:alpha3 ?c }")
                        .get(0)));
        long budgets = Math.round(Double.parseDouble(column(
                        IDF
                                + "SELECT (SUM(?b) AS ?s) WHERE { ?p idf:budgetUSD ?b FILTER EXISTS { ?p idf:beneficiary/idf:alpha3 ?c } }")
                .get(0)));
        int rows = table.select("tbody tr").size();
        assertEquals(pairs, whole, "whole budgets add up over every project and beneficiary");
        assertTrue(Math.abs(budgets - shared) <= rows, "shares add up to the budgets: " + shared + " vs " + budgets);
        assertTrue(pairs > budgets, "the sample has projects with several countries");
        String note = page.selectFirst("#map ~ p.chart-note").text();
        assertTrue(note.contains(String.format("%,d", pairs)) && note.contains(String.format("%,d", budgets)), note);
    }

    /** The M49 codes of the countries some project benefits. */
    private static Set<String> beneficiaries() {
        return new TreeSet<>(
                column(
                        IDF
                                + "SELECT DISTINCT ?m WHERE { ?p a idf:Project ; idf:beneficiary ?c . ?c a idf:Country ; idf:m49 ?m }"));
    }

    /** The M49 codes the 1:110m atlas draws a shape for. */
    private static Set<String> atlasCodes() throws Exception {
        JsonObject topo = JSON.parse(Files.readString(ASSETS.resolve("countries-110m.json")));
        return topo.getObj("objects").getObj("countries").get("geometries").getAsArray().stream()
                .map(JsonValue::getAsObject)
                .filter(g -> g.hasKey("id"))
                .map(g -> g.getString("id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first column of a SELECT's answer as CSV. */
    private static List<String> column(String query) {
        String csv = http.get(SampleSite.query(query), "Accept", "text/csv").body();
        return csv.lines().skip(1).map(l -> l.split(",")[0].strip()).toList();
    }

    private static double number(JsonValue v) {
        return v.getAsNumber().value().doubleValue();
    }
}
