package org.w3id.iomidf.store;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Sends one stream of triples to several sinks: the store loader and each dump writer see the same triples. */
final class Tee implements StreamRDF {
    private final List<StreamRDF> sinks;
    private long triples;

    Tee(List<StreamRDF> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    long triples() {
        return triples;
    }

    @Override
    public void start() {
        sinks.forEach(StreamRDF::start);
    }

    @Override
    public void triple(Triple triple) {
        triples++;
        for (StreamRDF sink : sinks) {
            sink.triple(triple);
        }
    }

    @Override
    public void quad(Quad quad) {
        throw new UnsupportedOperationException("the published data is one default graph: " + quad);
    }

    @Override
    public void base(String base) {
        sinks.forEach(s -> s.base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
        sinks.forEach(s -> s.prefix(prefix, iri));
    }

    @Override
    public void finish() {
        sinks.forEach(StreamRDF::finish);
    }
}
