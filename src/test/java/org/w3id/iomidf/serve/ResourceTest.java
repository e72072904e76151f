package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.pages.ResourceData;

/** Dereferenceable IRIs over real HTTP: path to IRI mapping, content negotiation, formats, pages, 404, 406. */
class ResourceTest {

    static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String SAFARI = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** Projects added for Peru, more than one page of links. */
    static final int GENERATED = ResourceData.PAGE + 10;

    @RegisterExtension
    static final ServerExtension served = ServerExtension.of(dir -> BuildFixture.create(dir, data()));

    static LinkedDataServer server;
    static Http http;

    /** The fixture with {@code GENERATED} more projects in Peru. */
    private static Model data() {
        Model data = BuildFixture.data();
        for (int i = 1; i <= GENERATED; i++) {
            data.createResource(BuildFixture.BASE + "project/GEN" + i)
                    .addProperty(RDF.type, data.createResource(Site.ONTOLOGY_NS + "Project"))
                    .addProperty(DCTerms.title, "Generated project " + i, "en")
                    .addProperty(
                            data.createProperty(Site.ONTOLOGY_NS, "beneficiary"),
                            data.createResource(BuildFixture.BASE + "country/PER"));
        }
        return data;
    }

    @BeforeAll
    static void start() {
        server = served.server();
        http = new Http(server.port());
    }

    private static Model parse(HttpResponse<String> r, Format f) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), f.lang()).parse(m);
        return m;
    }

    @Test
    void browsersGetHtmlWithVary() {
        for (String accept : new String[] {CHROME, FIREFOX, SAFARI}) {
            HttpResponse<String> r = http.get("/project/MN10P0001", "Accept", accept);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
            assertTrue(r.headers().allValues("Vary").toString().contains("Accept"), r.headers()::toString);
            assertTrue(r.body().contains("Border management in Mongolia"));
        }
    }

    @Test
    void rdfFormatsByAcceptAndByExtensionDescribeTheBaseIri() {
        Resource project = ModelFactory.createDefaultModel().createResource(BuildFixture.BASE + "project/MN10P0001");
        for (Format f : Format.RDF) {
            HttpResponse<String> byAccept = http.get("/project/MN10P0001", "Accept", f.mediaType);
            HttpResponse<String> byExt = http.get("/project/MN10P0001." + f.extension);
            for (HttpResponse<String> r : new HttpResponse[] {byAccept, byExt}) {
                assertEquals(200, r.statusCode(), () -> f + " " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.mediaType), f::toString);
                Model m = parse(r, f);
                assertTrue(m.contains(project, null, "MN10P0001"), () -> f + ":\n" + r.body());
            }
            assertTrue(parse(byAccept, f).isIsomorphicWith(parse(byExt, f)), f::toString);
        }
        HttpResponse<String> html = http.get("/project/MN10P0001.html", "Accept", "text/turtle");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void preferenceOrderAndQualities() {
        assertType("text/turtle", http.get("/country/MNG", "Accept", "text/turtle;q=0.9, application/ld+json;q=0.5"));
        assertType("application/ld+json", http.get("/country/MNG", "Accept", "application/ld+json, text/html;q=0.1"));
        assertType("application/n-triples", http.get("/country/MNG", "Accept", "application/n-triples"));
        assertType("text/html", http.get("/country/MNG", "Accept", "*/*"));
    }

    private static void assertType(String expected, HttpResponse<String> r) {
        assertEquals(200, r.statusCode());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith(expected),
                () -> expected + " but " + r.headers().firstValue("Content-Type"));
    }

    @Test
    void unacceptableIs406AndUnknownIs404WithHelp() {
        HttpResponse<String> r406 = http.get("/country/MNG", "Accept", "image/png");
        assertEquals(406, r406.statusCode());
        assertTrue(r406.body().contains("text/turtle"), r406::body);
        HttpResponse<String> r404 = http.get("/project/NOPE", "Accept", CHROME);
        assertEquals(404, r404.statusCode());
        assertTrue(r404.body().contains(BuildFixture.BASE + "project/NOPE"), r404::body);
        assertTrue(r404.body().contains("href=\"/query\""), r404::body);
        assertEquals(404, http.get("/project/NOPE.ttl").statusCode());
        assertEquals(404, http.get("/project/a%3Cb").statusCode());
    }

    @Test
    void countryPageListsItsProjectsAndRegionPageItsCountries() {
        String country = http.get("/country/MNG", "Accept", CHROME).body();
        assertTrue(country.contains("Border management in Mongolia"), country);
        assertTrue(country.contains("Labour migration in Central Asia"), country);
        assertTrue(country.contains("href=\"/project/KZ10P0002\""), country);
        assertTrue(country.contains("href=\"/region/030\""), country);
        String region = http.get("/region/419", "Accept", CHROME).body();
        for (String name : new String[] {"Haiti", "Costa Rica", "Peru", "Caribbean", "Central America"}) {
            assertTrue(region.contains(name), name);
        }
    }

    @Test
    void pagesFollowTheReadersLanguage() {
        String fr = http.get("/country/MNG", "Accept", CHROME, "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8")
                .body();
        assertTrue(fr.contains("<h1>Mongolie</h1>"), fr);
        assertTrue(fr.contains("lang=\"fr\""));
        String es = http.get("/country/MNG?lang=es", "Accept", CHROME, "Accept-Language", "fr")
                .body();
        assertTrue(es.contains("Asia oriental"), es);
        String fallback = http.get("/project/KZ10P0002", "Accept", CHROME, "Accept-Language", "de")
                .body();
        assertTrue(fallback.contains("<h1>Labour migration in Central Asia</h1>"), fallback);
        String frProject =
                http.get("/project/KZ10P0002?lang=fr", "Accept", CHROME).body();
        assertTrue(frProject.contains("<h1>Labour migration in Central Asia</h1>"), "falls back to English");
    }

    @Test
    void projectPageHasAlternatesQuerySourcesAndEscapedDescription() {
        String page = http.get("/project/MN10P0001", "Accept", CHROME).body();
        for (Format f : Format.RDF) {
            assertTrue(
                    page.contains("<link rel=\"alternate\" type=\"" + f.mediaType + "\" href=\"/project/MN10P0001."
                            + f.extension + "\">"),
                    f::toString);
        }
        assertTrue(page.contains("MN10P0001-en.txt") && page.contains("MN10P0001-fr.txt"), "source pages");
        assertTrue(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>document.title"), "markup must not pass through");
        assertFalse(page.contains("<b>border</b>"));
        assertTrue(page.contains("SELECT ?property ?value"), "the page's query");
        assertTrue(page.contains("200,000"), "budget in English number format");
    }

    @Test
    void incomingLinksArePaged() {
        String first = http.get("/country/PER", "Accept", CHROME).body();
        String second = http.get("/country/PER?page=2", "Accept", CHROME).body();
        assertTrue(first.contains("Links 1\u2013" + ResourceData.PAGE + " of " + GENERATED), "range shown");
        assertTrue(first.contains("href=\"/country/PER?page=2&amp;lang=en\""), "next link");
        int onFirst = count(first, "href=\"/project/GEN");
        int onSecond = count(second, "href=\"/project/GEN");
        assertEquals(GENERATED, onFirst + onSecond, "every project listed exactly once over the pages");
        assertTrue(onFirst <= ResourceData.PAGE && onSecond > 0);
        assertTrue(second.contains("page=1"), "previous link");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void ontologyIsServedAtItsNamespace() {
        HttpResponse<String> ttl = http.get("/ontology", "Accept", "text/turtle");
        HttpResponse<String> html = http.get("/ontology", "Accept", CHROME);
        assertEquals(200, ttl.statusCode());
        Model m = parse(ttl, Format.TURTLE);
        assertTrue(m.contains(m.createResource(Site.ONTOLOGY_NS + "Project"), RDF.type));
        assertTrue(html.body().contains("id=\"beneficiary\""), "an anchor per term");
        String page = http.get("/project/MN10P0001", "Accept", CHROME).body();
        assertTrue(page.contains(">budget (USD)</a>"), "property labels come from the ontology");
        String fr = http.get("/project/MN10P0001?lang=fr", "Accept", CHROME).body();
        assertTrue(fr.contains(">pays bénéficiaire</a>"), "in the reader's language");
    }
}
