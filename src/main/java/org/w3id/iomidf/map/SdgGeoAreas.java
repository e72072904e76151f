package org.w3id.iomidf.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The UN SDG geographic-area codes as UN's own RDF names them ({@code reference/un-sdg-geoarea.ttl}): the
 * target list of the {@code skos:exactMatch} links to UN data. A link is minted only for a code this list has,
 * with the padding UN's IRIs keep ({@code geoArea/004}), so that every link resolves in UN's data.
 */
final class SdgGeoAreas {
    static final String NS = "http://metadata.un.org/sdg/codes/geoArea/";
    private static final String FILE = "/reference/un-sdg-geoarea.ttl";
    private static final Set<String> CODES = load();

    private SdgGeoAreas() {}

    /** UN's IRI for the M49 code {@code m49} (three digits), or null when UN's list has no such area. */
    static String iri(String m49) {
        return m49 != null && CODES.contains(m49) ? NS + m49 : null;
    }

    private static Set<String> load() {
        Graph g = GraphFactory.createGraphMem();
        try (InputStream in = SdgGeoAreas.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + FILE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        Node area = NodeFactory.createURI(NS.substring(0, NS.length() - 1));
        Set<String> codes = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), area).forEachRemaining(t -> {
            String iri = t.getSubject().getURI();
            String code = iri.substring(NS.length());
            if (iri.startsWith(NS) && code.matches("\\d{3}")) {
                codes.add(code);
            }
        });
        return Set.copyOf(codes);
    }
}
