package org.w3id.iomidf.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The one table of prefixes the published data is written with (the Turtle dump, the JSON-LD context), and the
 * short JSON-LD terms of the properties it uses, so that a web developer reads {@code "title"} rather than a
 * full IRI. The vocabularies come first, then the dataset's own namespaces under the base IRI.
 */
public final class PrefixTable {

    private static final String ONTOLOGY = "/ontology/idf.ttl";

    /** Standard properties the data uses, by their local names as JSON-LD terms. */
    private static final List<Property> STANDARD = List.of(
            DCTerms.title,
            DCTerms.description,
            DCTerms.language,
            DCTerms.isPartOf,
            RDFS.label,
            RDFS.comment,
            SKOS.prefLabel,
            SKOS.altLabel,
            SKOS.hiddenLabel,
            SKOS.notation,
            SKOS.broader,
            SKOS.exactMatch,
            SKOS.inScheme,
            SKOS.topConceptOf,
            PROV.wasDerivedFrom,
            PROV.wasGeneratedBy,
            SCHEMA.url);

    private PrefixTable() {}

    /** The vocabularies' prefixes, in the order they are written. */
    public static Map<String, String> vocabularies() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("xsd", XSD.NS);
        p.put("owl", OWL.NS);
        p.put("dcterms", DCTerms.NS);
        p.put("skos", SKOS.getURI());
        p.put("prov", PROV.NS);
        p.put("schema", "http://schema.org/");
        p.put("void", VOID.NS);
        p.put("dcat", DCAT.NS);
        p.put("spdx", SPDX.NS);
        p.put("sh", "http://www.w3.org/ns/shacl#");
        p.put("idf", IDF.NS);
        return p;
    }

    /** The vocabularies' prefixes as a SPARQL prologue, one {@code PREFIX} line each. */
    public static String sparql() {
        StringBuilder s = new StringBuilder();
        vocabularies()
                .forEach((p, iri) ->
                        s.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        return s.toString();
    }

    /** The vocabularies' prefixes and the dataset's own namespaces under {@code iris}' base. */
    public static Map<String, String> of(IriMinter iris) {
        Map<String, String> p = vocabularies();
        p.put("project", iris.base() + "project/");
        p.put("page", iris.base() + "page/");
        p.put("country", iris.base() + "country/");
        p.put("region", iris.base() + "region/");
        return p;
    }

    /**
     * JSON-LD terms: the local name of every property of the ontology and of the standard properties above, each
     * to its IRI; a name that is also a prefix, or that two properties share, is left out (the prefixed form
     * serves).
     */
    public static Map<String, String> terms(Map<String, String> prefixes) {
        Map<String, String> terms = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> iris = new java.util.ArrayList<>();
        STANDARD.forEach(p -> iris.add(p.getURI()));
        iris.addAll(ontologyProperties());
        for (String iri : iris) {
            seen.merge(local(iri), 1, Integer::sum);
        }
        for (String iri : iris) {
            String name = local(iri);
            if (seen.get(name) == 1 && !prefixes.containsKey(name)) {
                terms.put(name, iri);
            }
        }
        return terms;
    }

    private static List<String> ontologyProperties() {
        Graph g;
        try (InputStream in = PrefixTable.class.getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + ONTOLOGY);
            }
            g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY, e);
        }
        List<String> out = new java.util.ArrayList<>();
        for (Node kind : List.of(OWL.DatatypeProperty.asNode(), OWL.ObjectProperty.asNode())) {
            g.find(Node.ANY, RDF.type.asNode(), kind)
                    .mapWith(Triple::getSubject)
                    .filterKeep(n -> n.isURI() && n.getURI().startsWith(IDF.NS))
                    .forEachRemaining(n -> out.add(n.getURI()));
        }
        return out.stream().sorted().toList();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
