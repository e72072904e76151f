package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compares a graph with the expected Turtle file of a test case, or a dataset with the expected TriG file (graph
 * by graph), printing both differences on failure.
 */
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

    static void assertIsomorphic(String expectedResource, DatasetGraph actual) {
        InputStream in = GraphAssert.class.getResourceAsStream(expectedResource);
        assertNotNull(in, "missing expected file " + expectedResource);
        DatasetGraph expected = RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph();
        Set<Node> names = new TreeSet<>(Comparator.comparing(Node::toString));
        expected.listGraphNodes().forEachRemaining(names::add);
        actual.listGraphNodes().forEachRemaining(names::add);
        StringBuilder diff = new StringBuilder();
        difference("default graph", expected.getDefaultGraph(), actual.getDefaultGraph(), diff);
        for (Node name : names) {
            difference("graph " + name, expected.getGraph(name), actual.getGraph(name), diff);
        }
        if (!diff.isEmpty()) {
            fail("dataset differs from " + expectedResource + diff);
        }
    }

    private static void difference(String which, Graph expected, Graph actual, StringBuilder diff) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        Model exp = ModelFactory.createModelForGraph(expected);
        Model act = ModelFactory.createModelForGraph(actual);
        diff.append("\n=== ")
                .append(which)
                .append("\n--- expected but missing:\n")
                .append(turtle(exp.difference(act)))
                .append("\n--- produced but not expected:\n")
                .append(turtle(act.difference(exp)));
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
