package org.w3id.iomidf.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iomidf.record.CodeScheme;

/**
 * The one reader of the SKOS code lists of {@code /ontology/codelists.ttl} (project types, statuses, coverage,
 * IDF regions, country groups), for every stage: the parser recognises a value by any of a concept's pref, alt or
 * hidden labels, ignoring case, accents, apostrophe style and spacing ({@link Text#key}), and gets the concept's
 * notation; the generator writes the labels; the mapper publishes the lists under the base IRI, where each concept
 * is {@code {base}code/{scheme}/{notation}}.
 *
 * <pre>{@code
 * CodeLists codes = CodeLists.load();
 * codes.notation(CodeScheme.PROJECT_TYPE, "Migration de main-d‘œuvre");   // Optional[LM]
 * codes.label(CodeScheme.STATUS, "active", org.w3id.iomidf.record.PageLanguage.FR); // Optional[En cours]
 * }</pre>
 */
public final class CodeLists {
    private static final String RESOURCE = "/ontology/codelists.ttl";
    /** The file's IRIs are relative; it is read against this stand-in for the indexes, and against the real base to publish. */
    private static final String STAND_IN = "http://codelists.invalid/";

    /** One concept: its labels per language, the preferred label first, then the other spellings sorted. */
    private record Concept(Map<org.w3id.iomidf.record.PageLanguage, List<String>> labels) {}

    private final String turtle;
    private final Map<CodeScheme, Map<String, Concept>> concepts;
    private final Map<CodeScheme, Map<String, String>> byKey;

    private CodeLists(String turtle) {
        this.turtle = turtle;
        Graph graph = graph(STAND_IN);
        this.concepts = new EnumMap<>(CodeScheme.class);
        this.byKey = new EnumMap<>(CodeScheme.class);
        for (CodeScheme scheme : CodeScheme.values()) {
            Map<String, Concept> inScheme = new TreeMap<>();
            Map<String, String> keys = new HashMap<>();
            graph.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(STAND_IN + scheme.path()))
                    .mapWith(Triple::getSubject)
                    .forEach(concept -> {
                        String notation = graph.find(concept, SKOS.notation.asNode(), Node.ANY)
                                .nextOptional()
                                .map(t -> t.getObject().getLiteralLexicalForm())
                                .orElseThrow(() ->
                                        new IllegalStateException(RESOURCE + ": concept without notation: " + concept));
                        inScheme.put(notation, concept(graph, concept));
                        keys.put(Text.key(notation), notation);
                        for (Node p :
                                List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode())) {
                            graph.find(concept, p, Node.ANY)
                                    .forEach(
                                            t -> keys.put(Text.key(t.getObject().getLiteralLexicalForm()), notation));
                        }
                    });
            if (inScheme.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has no concept in " + scheme.path());
            }
            concepts.put(scheme, inScheme);
            byKey.put(scheme, keys);
        }
    }

    /** Reads the code lists from the classpath. */
    public static CodeLists load() {
        try (InputStream in = CodeLists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("code lists not on the classpath: " + RESOURCE);
            }
            return new CodeLists(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every statement of the code lists, their IRIs resolved against {@code base}: what is published. */
    public Graph graph(String base) {
        return RDFParser.fromString(turtle, Lang.TURTLE).base(base).toGraph();
    }

    /** The notation of the concept of {@code scheme} that has {@code value} (as a page writes it) as a label. */
    public Optional<String> notation(CodeScheme scheme, String value) {
        return value == null
                ? Optional.empty()
                : Optional.ofNullable(byKey.get(scheme).get(Text.key(value)));
    }

    /** Whether {@code notation} is the notation of a concept of {@code scheme}. */
    public boolean isCode(CodeScheme scheme, String notation) {
        return notation != null && concepts.get(scheme).containsKey(notation);
    }

    /** The notations of a scheme, sorted. */
    public List<String> codes(CodeScheme scheme) {
        return List.copyOf(concepts.get(scheme).keySet());
    }

    /** The concept's preferred label in {@code lang}, for a notation the scheme has. */
    public Optional<String> label(CodeScheme scheme, String notation, org.w3id.iomidf.record.PageLanguage lang) {
        return labels(scheme, notation, lang).stream().findFirst();
    }

    /** The labels of one concept in one language: the preferred label first, then the other spellings, sorted. */
    public List<String> labels(CodeScheme scheme, String notation, org.w3id.iomidf.record.PageLanguage lang) {
        Concept concept = notation == null ? null : concepts.get(scheme).get(notation);
        return concept == null ? List.of() : concept.labels().getOrDefault(lang, List.of());
    }

    private static Concept concept(Graph graph, Node concept) {
        Map<org.w3id.iomidf.record.PageLanguage, List<String>> labels =
                new EnumMap<>(org.w3id.iomidf.record.PageLanguage.class);
        for (org.w3id.iomidf.record.PageLanguage lang : org.w3id.iomidf.record.PageLanguage.values()) {
            List<String> list = new ArrayList<>(literals(graph, concept, SKOS.prefLabel.asNode(), lang));
            List<String> others = new ArrayList<>(literals(graph, concept, SKOS.altLabel.asNode(), lang));
            others.addAll(literals(graph, concept, SKOS.hiddenLabel.asNode(), lang));
            others.stream().sorted().filter(l -> !list.contains(l)).forEach(list::add);
            labels.put(lang, List.copyOf(list));
        }
        return new Concept(labels);
    }

    private static List<String> literals(
            Graph graph, Node concept, Node property, org.w3id.iomidf.record.PageLanguage lang) {
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
}
