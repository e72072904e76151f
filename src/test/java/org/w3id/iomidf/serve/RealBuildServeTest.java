package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.release.LiveRelease;

/**
 * The real build of the bundled sample, served by the real server on a free port and called over HTTP; the
 * answers are checked against the sample's expected/*.json, read independently of the code under test.
 */
class RealBuildServeTest {

    private static final String BASE = "https://w3id.org/iom-idf/";

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
    void projectPageShowsTitleCountryAndBudget() throws IOException {
        JsonObject mx = JSON.parse(Files.readString(SampleSite.SAMPLE.resolve("pages/expected/MX10P0536-en.json")));
        HttpResponse<String> r = http.get("/project/MX10P0536", "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        String text = Jsoup.parse(r.body()).text();
        assertTrue(text.contains(mx.get("title").getAsString().value()), text);
        assertTrue(text.contains("Mexico"), text);
        String budget = mx.get("budgetUSD").getAsString().value();
        String digits = text.replaceAll("(?<=\\d)[,\\u00a0\\u202f ](?=\\d{3})", "");
        // the page shows whole dollars, grouped by thousands
        assertTrue(digits.contains(budget.replaceAll("\\.00$", "")), "budget " + budget + " not on the page: " + text);
        assertEquals(
                server.release().id(),
                r.headers().firstValue(LiveRelease.HEADER).orElse(""));
    }

    @Test
    void countryPageListsTheProject() {
        HttpResponse<String> r = http.get("/country/MEX", "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("/project/MX10P0536"), r::body);
    }

    @Test
    void alpha3JoinReturnsExactlyTheProjectsTheExpectedAnswersList() throws IOException {
        Map<String, Set<String>> expected = new TreeMap<>();
        Set<String> titleKeyed = new TreeSet<>();
        for (String folder : List.of("pages", "seeds")) {
            for (JsonObject page : SampleSite.expected(SampleSite.SAMPLE.resolve(folder))) {
                String key = key(page);
                for (JsonValue c : page.get("countries").getAsArray()) {
                    String a3 = c.getAsString().value();
                    expected.computeIfAbsent(a3, k -> new TreeSet<>()).add(BASE + "project/" + key);
                    if (key == null) {
                        titleKeyed.add(a3);
                    }
                }
            }
        }
        // A project with neither ID has an IRI minted from its title; its countries are left out of this check.
        expected.keySet().removeAll(titleKeyed);
        assertTrue(expected.size() > 20 && expected.containsKey("MEX"), expected::toString);
        for (String a3 : expected.keySet()) {
            String q = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> SELECT DISTINCT ?p WHERE { ?p a idf:Project"
                    + " ; idf:beneficiary ?c . ?c idf:alpha3 \"" + a3 + "\" }";
            HttpResponse<String> r = http.get(SampleSite.query(q), "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r::body);
            Set<String> got = new TreeSet<>();
            JSON.parse(r.body())
                    .get("results")
                    .getAsObject()
                    .get("bindings")
                    .getAsArray()
                    .forEach(b -> got.add(b.getAsObject()
                            .get("p")
                            .getAsObject()
                            .get("value")
                            .getAsString()
                            .value()));
            assertEquals(expected.get(a3), got, "projects benefiting " + a3);
        }
    }

    @Test
    void turtleDumpIsTheFileOnDisk() throws IOException {
        HttpResponse<byte[]> r = http.bytes("/dumps/idf-ld.ttl");
        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(served.folder().resolve("dumps").resolve("idf-ld.ttl")), r.body());
    }

    /** The project key the IRI is minted from: the Prima ID, else the project ID; null if it has neither. */
    private static String key(JsonObject page) {
        for (String field : List.of("primaId", "projectId")) {
            JsonValue v = page.get(field);
            if (v != null && v.isString()) {
                return v.getAsString().value();
            }
        }
        return null;
    }
}
