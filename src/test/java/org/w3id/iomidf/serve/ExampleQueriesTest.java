package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.live.ExampleQueries;
import org.w3id.iomidf.serve.live.TermNames;

/** Every example query runs over HTTP against a known build and gives the answer worked out by hand. */
class ExampleQueriesTest {

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LinkedDataServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = served.server();
        http = new Http(server.port());
    }

    @Test
    void everyExampleGivesItsExpectedAnswer() throws IOException {
        Map<String, List<String>> expected = expected();
        List<ExampleQueries.Example> examples = ExampleQueries.load(BuildFixture.BASE);
        assertTrue(examples.size() >= 10, "at least ten examples");
        assertEquals(
                expected.keySet(),
                new java.util.TreeSet<>(
                        examples.stream().map(e -> TermNames.localName(e.iri())).toList()),
                "one expected answer per example");
        for (ExampleQueries.Example e : examples) {
            String name = TermNames.localName(e.iri());
            assertEquals(expected.get(name), run(local(e.sparql())), name);
        }
    }

    @Test
    void federatedExampleParsesAndNamesWikidata() {
        ExampleQueries.Example fed = ExampleQueries.load(BuildFixture.BASE).stream()
                .filter(e -> e.sparql().contains("SERVICE"))
                .findFirst()
                .orElseThrow();
        Query q = QueryFactory.create(fed.sparql());
        assertTrue(q.toString().contains("<https://query.wikidata.org/sparql>"));
        assertTrue(q.toString().contains("P298"), "joined on ISO alpha-3 (Wikidata P298)");
    }

    @Test
    void examplesArePublishedAsData() {
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT (COUNT(?e) AS ?n) "
                + "WHERE { ?e a sh:SPARQLSelectExecutable ; sh:select ?text }";
        assertEquals(
                List.of(String.valueOf(ExampleQueries.load(BuildFixture.BASE).size())), run(q));
        HttpResponse<String> page = http.get("/example/budget-per-country", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Projects and budget per country"));
    }

    /** The query without its SERVICE parts: what the server itself answers. */
    private static String local(String sparql) {
        Query q = QueryFactory.create(sparql);
        Element stripped = ElementTransformer.transform(
                q.getQueryPattern(),
                new ElementTransformCopyBase() {
                    @Override
                    public Element transform(ElementService el, org.apache.jena.graph.Node service, Element sub) {
                        return new ElementGroup();
                    }
                },
                new ExprTransformCopy());
        q.setQueryPattern(stripped);
        return q.toString();
    }

    private static List<String> run(String sparql) {
        HttpResponse<String> r = http.get(
                "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        ResultSet rs = SparqlEndpointTest.parse(r.body(), ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                cells.add(cell(s.get(v)));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isResource()) {
            return n.asResource().getURI();
        }
        Literal l = n.asLiteral();
        if (l.getValue() instanceof Number) {
            return new BigDecimal(l.getLexicalForm()).stripTrailingZeros().toPlainString();
        }
        return l.getLexicalForm();
    }

    private static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = ExampleQueriesTest.class.getResourceAsStream("/serve/examples-expected.txt")) {
            String current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    current = line.substring(1, line.length() - 1);
                    out.put(current, new ArrayList<>());
                } else {
                    out.get(current).add(line);
                }
            }
        }
        return new java.util.TreeMap<>(out);
    }
}
