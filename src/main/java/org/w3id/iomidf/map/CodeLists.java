package org.w3id.iomidf.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;

/**
 * The code lists of {@code /ontology/codelists.ttl}, parsed against the base IRI so that concepts live under the
 * same base as projects, for publishing them and for linking a notation to its concept. Values as pages write
 * them are resolved once, by the parser (labels to notations); the mapper only links the notations it is given.
 */
public final class CodeLists {
    static final String RESOURCE = "/ontology/codelists.ttl";

    private final Graph graph;
    private final Map<CodeScheme, Map<String, String>> notations = new EnumMap<>(CodeScheme.class);

    private CodeLists(Graph graph, IriMinter iris) {
        this.graph = graph;
        for (CodeScheme scheme : CodeScheme.values()) {
            notations.put(scheme, new HashMap<>());
            Node schemeNode = NodeFactory.createURI(iris.scheme(scheme));
            graph.find(Node.ANY, SKOS.inScheme.asNode(), schemeNode)
                    .forEachRemaining(t -> index(scheme, t.getSubject()));
        }
    }

    /** Reads the code lists from the classpath against the minter's base. */
    public static CodeLists load(IriMinter iris) {
        try (InputStream in = CodeLists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("code lists not on the classpath: " + RESOURCE);
            }
            Graph graph =
                    RDFParser.source(in).base(iris.base()).lang(Lang.TURTLE).toGraph();
            return new CodeLists(graph, iris);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void index(CodeScheme scheme, Node concept) {
        String notation = graph.find(concept, SKOS.notation.asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": concept without notation: " + concept));
        notations.get(scheme).put(notation, concept.getURI());
    }

    /** Every triple of the code lists, with absolute IRIs. */
    public Graph graph() {
        return graph;
    }

    /** The concept IRI as the file names it, for a notation the scheme has. */
    public Optional<String> concept(CodeScheme scheme, String notation) {
        return Optional.ofNullable(
                notation == null ? null : notations.get(scheme).get(notation));
    }

    /** The concept's preferred label in {@code lang} (en, fr, es), for a notation the scheme has. */
    public Optional<String> label(CodeScheme scheme, String notation, String lang) {
        return concept(scheme, notation).flatMap(iri -> graph.find(
                        org.apache.jena.graph.NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral()
                        && t.getObject().getLiteralLanguage().equals(lang))
                .mapWith(t -> t.getObject().getLiteralLexicalForm())
                .nextOptional());
    }

    /** Notation to concept IRI, per scheme, as found in the file. */
    Map<String, String> concepts(CodeScheme scheme) {
        return Map.copyOf(notations.get(scheme));
    }
}
