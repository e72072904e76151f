package org.w3id.iomidf.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends one stream to several sinks: the default graph's triples to every sink that takes them (the store loader
 * and the dumps of the published dataset), the quads of the page graphs to every sink that takes those (the
 * loader and the claims dump). A sink in both lists sees the whole stream.
 */
public final class Tee implements StreamRDF {
    private final List<StreamRDF> triplesTo;
    private final List<StreamRDF> quadsTo;
    private final List<StreamRDF> all = new ArrayList<>();
    private long triples;
    private long quads;

    public Tee(List<StreamRDF> triplesTo, List<StreamRDF> quadsTo) {
        this.triplesTo = List.copyOf(triplesTo);
        this.quadsTo = List.copyOf(quadsTo);
        all.addAll(triplesTo);
        quadsTo.stream().filter(s -> !all.contains(s)).forEach(all::add);
    }

    /** Triples of the default graph sent. */
    public long triples() {
        return triples;
    }

    /** Statements of the page graphs sent. */
    public long quads() {
        return quads;
    }

    @Override
    public void start() {
        all.forEach(StreamRDF::start);
    }

    @Override
    public void triple(Triple triple) {
        triples++;
        for (StreamRDF sink : triplesTo) {
            sink.triple(triple);
        }
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            triple(quad.asTriple());
            return;
        }
        quads++;
        for (StreamRDF sink : quadsTo) {
            sink.quad(quad);
        }
    }

    @Override
    public void base(String base) {
        all.forEach(s -> s.base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
        all.forEach(s -> s.prefix(prefix, iri));
    }

    @Override
    public void finish() {
        all.forEach(StreamRDF::finish);
    }
}
