package org.w3id.iomidf.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iomidf.record.PageLanguage;

/**
 * Writes statements about IRI subjects to a sink, in the default graph or in one named graph; null objects are
 * skipped so callers need not test for absence.
 */
final class Emitter {
    private final StreamRDF sink;
    /** The named graph written to; null for the default graph. */
    private final Node graph;

    Emitter(StreamRDF sink) {
        this(sink, null);
    }

    private Emitter(StreamRDF sink, Node graph) {
        this.sink = sink;
        this.graph = graph;
    }

    /** An emitter writing the same statements into the named graph {@code graph}. */
    Emitter in(Node graph) {
        return new Emitter(sink, graph);
    }

    private void emit(Node s, Node p, Node o) {
        if (graph == null) {
            sink.triple(Triple.create(s, p, o));
        } else {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void type(Node subject, Resource type) {
        emit(subject, RDF.type.asNode(), type.asNode());
    }

    void link(Node subject, Property p, String objectIri) {
        if (objectIri != null) {
            emit(subject, p.asNode(), iri(objectIri));
        }
    }

    void link(Node subject, Property p, Node object) {
        emit(subject, p.asNode(), object);
    }

    void string(Node subject, Property p, String value) {
        if (value != null) {
            emit(subject, p.asNode(), NodeFactory.createLiteralString(value));
        }
    }

    void text(Node subject, Property p, String value, PageLanguage lang) {
        if (value != null) {
            emit(subject, p.asNode(), NodeFactory.createLiteralLang(value, lang.tag()));
        }
    }

    void typed(Node subject, Property p, String lexical, XSDDatatype type) {
        if (lexical != null) {
            emit(subject, p.asNode(), NodeFactory.createLiteralDT(lexical, type));
        }
    }

    void year(Node subject, Property p, Integer year) {
        if (year != null) {
            typed(subject, p, String.format("%04d", year), XSDDatatype.XSDgYear);
        }
    }
}
