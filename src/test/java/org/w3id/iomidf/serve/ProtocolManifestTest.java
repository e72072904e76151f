package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.fixture.Standards;

/**
 * The W3C SPARQL Protocol test manifests ({@code src/test/resources/standards/}: SPARQL 1.1, its revision with more
 * refusal cases, and SPARQL 1.2) run against the real server, twice: cold, then again with every answer the
 * first run could leave in the answer cache. A read-only endpoint over a fixed dataset runs every test that
 * needs no data of its own and performs no update, and every test whose expected answer is a refusal.
 */
class ProtocolManifestTest {

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LinkedDataServer server;
    static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        server = served.server();
        raw = new RawHttp(server.port());
    }

    private record Case(String name, List<Resource> requests) {}

    private static Property ht(Model m, String local) {
        return m.createProperty(HT, local);
    }

    private static List<Case> applicable() {
        List<Case> cases = new ArrayList<>();
        for (String file : List.of("sparql11-main.ttl", "sparql11-pr324.ttl", "sparql12-pr324.ttl")) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(Standards.file(file)).lang(Lang.TURTLE).parse(m);
            Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest"))
                    .next();
            RDFList entries = manifest.getPropertyResourceValue(m.createProperty(MF, "entries"))
                    .as(RDFList.class);
            for (RDFNode entry : entries.asJavaList()) {
                Resource test = entry.asResource();
                Resource action = test.getPropertyResourceValue(m.createProperty(MF, "action"));
                List<Resource> requests =
                        action.getPropertyResourceValue(ht(m, "requests")).as(RDFList.class).asJavaList().stream()
                                .map(RDFNode::asResource)
                                .toList();
                boolean refusals = requests.stream().allMatch(r -> expected(r).equals(List.of("4")));
                boolean ownData = test.hasProperty(m.createProperty(UT, "graphData"));
                boolean update = requests.stream().anyMatch(ProtocolManifestTest::isUpdate);
                if (refusals || (!ownData && !update)) {
                    cases.add(new Case(file + " " + test.getLocalName(), requests));
                }
            }
        }
        return cases;
    }

    private static boolean isUpdate(Resource request) {
        Model m = request.getModel();
        String path = request.getProperty(ht(m, "absolutePath")).getString();
        String body = body(request) == null ? "" : body(request);
        String type = header(request, "content-type");
        return path.contains("update=")
                || body.startsWith("update=")
                || String.valueOf(type).contains("sparql-update");
    }

    /** The status classes a request's answer may have: "2", "3", "4". */
    private static List<String> expected(Resource request) {
        Model m = request.getModel();
        Resource resp = request.getPropertyResourceValue(ht(m, "resp"));
        List<String> classes = new ArrayList<>();
        resp.listProperties(m.createProperty(MF, "expectedStatus"))
                .forEachRemaining(
                        s -> classes.add(s.getResource().getLocalName().replaceAll("\\D", "")));
        resp.listProperties(ht(m, "statusCodeValue"))
                .forEachRemaining(s -> classes.add(s.getString().substring(0, 1)));
        return classes.stream().sorted().toList();
    }

    private static String body(Resource request) {
        Model m = request.getModel();
        Resource body = request.getPropertyResourceValue(ht(m, "body"));
        return body == null
                ? null
                : body.getProperty(m.createProperty(CNT, "chars")).getString();
    }

    private static String header(Resource request, String name) {
        Model m = request.getModel();
        Resource list = request.getPropertyResourceValue(ht(m, "headers"));
        if (list == null) {
            return null;
        }
        for (RDFNode h : list.as(RDFList.class).asJavaList()) {
            Resource header = h.asResource();
            if (header.getProperty(ht(m, "fieldName")).getString().equalsIgnoreCase(name)) {
                return header.getProperty(ht(m, "fieldValue")).getString();
            }
        }
        return null;
    }

    /** Sends one request of the manifest; null if its answer is as expected, else what went wrong. */
    private static String run(Resource request) {
        Model m = request.getModel();
        String path = request.getProperty(ht(m, "absolutePath")).getString().replaceFirst("^/sparql/?", "/sparql");
        String method = request.getProperty(ht(m, "methodName")).getString();
        List<String> headers = new ArrayList<>();
        Resource list = request.getPropertyResourceValue(ht(m, "headers"));
        if (list != null) {
            for (RDFNode h : list.as(RDFList.class).asJavaList()) {
                headers.add(h.asResource().getProperty(ht(m, "fieldName")).getString());
                headers.add(h.asResource().getProperty(ht(m, "fieldValue")).getString());
            }
        }
        byte[] bytes = null;
        Resource body = request.getPropertyResourceValue(ht(m, "body"));
        if (body != null) {
            Statement enc = body.getProperty(m.createProperty(CNT, "characterEncoding"));
            bytes = body(request).getBytes(Charset.forName(enc == null ? "UTF-8" : enc.getString()));
            headers.add("Content-Length");
            headers.add(Integer.toString(bytes.length));
        }
        RawHttp.Response r =
                raw.send("127.0.0.1", method + " " + path + " HTTP/1.1", bytes, headers.toArray(String[]::new));
        List<String> classes = expected(request);
        String got = Integer.toString(r.status()).substring(0, 1);
        if (!classes.contains(got)) {
            return method + " " + path + " -> " + r.status() + " (expected " + classes + "xx): "
                    + r.body().substring(0, Math.min(120, r.body().length())).strip();
        }
        Resource resp = request.getPropertyResourceValue(ht(m, "resp"));
        Statement bool = resp.getProperty(m.createProperty(MF, "expectedBoolean"));
        if (bool != null
                && !r.body().replace(" ", "").matches("(?s).*(\"boolean\":|<boolean>)" + bool.getBoolean() + ".*")) {
            return method + " " + path + " -> not the boolean " + bool.getBoolean() + ": " + r.body();
        }
        Statement format = resp.getProperty(m.createProperty(MF, "expectedFormat"));
        if (format != null && format.getString().equals("RDF")) {
            Lang lang = RDFLanguages.contentTypeToLang(
                    r.header("Content-Type").split(";")[0].strip());
            if (lang == null) {
                return method + " " + path + " -> not RDF: " + r.header("Content-Type");
            }
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .lang(lang)
                    .parse(ModelFactory.createDefaultModel());
        }
        String accept = header(request, "accept");
        if (accept != null
                && got.equals("2")
                && !accept.contains("*")
                && !accept.contains(",")
                && !String.valueOf(r.header("Content-Type")).startsWith(accept)) {
            return method + " " + path + " -> " + r.header("Content-Type") + ", asked for " + accept;
        }
        return null;
    }

    private static List<String> runAll(List<Case> cases) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Resource request : c.requests()) {
                String wrong = run(request);
                if (wrong != null) {
                    failures.add(c.name() + ": " + wrong);
                }
            }
        }
        return failures;
    }

    @Test
    void everyApplicableTestPassesColdAndWithAWarmCache() {
        List<Case> cases = applicable();
        assertTrue(cases.size() >= 30, "applicable tests: " + cases.size());
        assertEquals(List.of(), runAll(cases), "cold");
        assertEquals(List.of(), runAll(cases), "with the answers of the first run cached");
    }
}
