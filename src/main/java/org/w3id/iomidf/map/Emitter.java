package org.w3id.iomidf.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iomidf.record.Lang;

/** Writes triples about IRI subjects to a sink; null objects are skipped so callers need not test for absence. */
final class Emitter {
    private final StreamRDF sink;

    Emitter(StreamRDF sink) {
        this.sink = sink;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void type(Node subject, Resource type) {
        sink.triple(Triple.create(subject, RDF.type.asNode(), type.asNode()));
    }

    void link(Node subject, Property p, String objectIri) {
        if (objectIri != null) {
            sink.triple(Triple.create(subject, p.asNode(), iri(objectIri)));
        }
    }

    void link(Node subject, Property p, Node object) {
        sink.triple(Triple.create(subject, p.asNode(), object));
    }

    void string(Node subject, Property p, String value) {
        if (value != null) {
            sink.triple(Triple.create(subject, p.asNode(), NodeFactory.createLiteralString(value)));
        }
    }

    void text(Node subject, Property p, String value, Lang lang) {
        if (value != null) {
            sink.triple(Triple.create(subject, p.asNode(), NodeFactory.createLiteralLang(value, lang.tag())));
        }
    }

    void typed(Node subject, Property p, String lexical, XSDDatatype type) {
        if (lexical != null) {
            sink.triple(Triple.create(subject, p.asNode(), NodeFactory.createLiteralDT(lexical, type)));
        }
    }

    void year(Node subject, Property p, Integer year) {
        if (year != null) {
            typed(subject, p, String.format("%04d", year), XSDDatatype.XSDgYear);
        }
    }
}
