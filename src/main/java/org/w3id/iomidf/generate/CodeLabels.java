package org.w3id.iomidf.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iomidf.record.Lang;

/**
 * The labels pages write for the controlled values (project types, statuses, coverage, IDF regions), read
 * from the SKOS code lists the publisher itself uses, so that generated pages and the parser share one
 * source. Per scheme: notation -> language -> labels, preferred label first; sorted, so draws from them
 * do not depend on the order the RDF parser returns triples in.
 */
final class CodeLabels {
    static final String TYPE = "project-type";
    static final String STATUS = "status";
    static final String COVERAGE = "coverage";
    static final String REGION = "idf-region";

    private static final String RESOURCE = "/ontology/codelists.ttl";
    private static final String BASE = "https://w3id.org/iom-idf/";

    private final Map<String, Map<String, Map<Lang, List<String>>>> schemes;

    private CodeLabels(Map<String, Map<String, Map<Lang, List<String>>>> schemes) {
        this.schemes = schemes;
    }

    static CodeLabels load() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = CodeLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("code lists " + RESOURCE + " are not on the classpath");
            }
            RDFParser.source(in)
                    .base(BASE)
                    .lang(org.apache.jena.riot.Lang.TURTLE)
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code lists " + RESOURCE, e);
        }
        Map<String, Map<String, Map<Lang, List<String>>>> schemes = new TreeMap<>();
        for (String scheme : List.of(TYPE, STATUS, COVERAGE, REGION)) {
            schemes.put(scheme, scheme(graph, NodeFactory.createURI(BASE + "code/" + scheme)));
        }
        return new CodeLabels(schemes);
    }

    private static Map<String, Map<Lang, List<String>>> scheme(Graph graph, Node scheme) {
        Map<String, Map<Lang, List<String>>> concepts = new TreeMap<>();
        graph.find(Node.ANY, SKOS.inScheme.asNode(), scheme)
                .mapWith(Triple::getSubject)
                .forEach(concept -> {
                    String notation = graph.find(concept, SKOS.notation.asNode(), Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm();
                    Map<Lang, List<String>> labels = new TreeMap<>();
                    for (Lang lang : Lang.values()) {
                        List<String> list = new ArrayList<>(labels(graph, concept, SKOS.prefLabel.asNode(), lang));
                        List<String> others = new ArrayList<>(labels(graph, concept, SKOS.altLabel.asNode(), lang));
                        others.addAll(labels(graph, concept, SKOS.hiddenLabel.asNode(), lang));
                        others.stream().sorted().filter(l -> !list.contains(l)).forEach(list::add);
                        labels.put(lang, List.copyOf(list));
                    }
                    concepts.put(notation, labels);
                });
        if (concepts.isEmpty()) {
            throw new IllegalStateException("code lists " + RESOURCE + " have no concept in " + scheme);
        }
        return concepts;
    }

    private static List<String> labels(Graph graph, Node concept, Node property, Lang lang) {
        return graph
                .find(concept, property, Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang.tag()))
                .mapWith(Node::getLiteralLexicalForm)
                .toList()
                .stream()
                .sorted()
                .toList();
    }

    /** The notations of a scheme, sorted. */
    List<String> codes(String scheme) {
        return List.copyOf(schemes.get(scheme).keySet());
    }

    /** The labels of one concept in one language: the preferred label first, then the other spellings. */
    List<String> labels(String scheme, String code, Lang lang) {
        Map<Lang, List<String>> labels = schemes.get(scheme).get(code);
        if (labels == null) {
            throw new IllegalArgumentException("no code " + code + " in scheme " + scheme);
        }
        return labels.get(lang);
    }
}
