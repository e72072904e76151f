package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/** Compares a graph with the expected Turtle file of a test case, printing both differences on failure. */
final class GraphAssert {
    private GraphAssert() {}

    static Graph read(String resource) {
        InputStream in = GraphAssert.class.getResourceAsStream(resource);
        assertNotNull(in, "missing expected file " + resource);
        return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    }

    static void assertIsomorphic(String expectedResource, Graph actual) {
        Graph expected = read(expectedResource);
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        Model exp = ModelFactory.createModelForGraph(expected);
        Model act = ModelFactory.createModelForGraph(actual);
        fail("graph differs from " + expectedResource
                + "\n--- expected but missing:\n" + turtle(exp.difference(act))
                + "\n--- produced but not expected:\n" + turtle(act.difference(exp))
                + "\n--- actual graph:\n" + turtle(act));
    }

    private static String turtle(Model model) {
        model.setNsPrefix("idf", IDF.NS)
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}
