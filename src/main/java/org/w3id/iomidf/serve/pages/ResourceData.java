package org.w3id.iomidf.serve.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.iomidf.map.SCHEMA;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.live.TermNames;

/**
 * What the data says about one resource, as a page shows it: its own statements, one page of the resources
 * that link to it, and the names of everything it links to.
 *
 * @param iri           the resource
 * @param about         statements with the resource as subject
 * @param incoming      one page of links to the resource, by property then type then subject
 * @param incomingTotal how many links there are in all
 * @param names         candidate names of each linked IRI, best property first
 * @param sources       the source pages the resource was derived from, by file name
 */
public record ResourceData(
        String iri,
        Model about,
        List<Link> incoming,
        long incomingTotal,
        Map<String, List<Literal>> names,
        List<Source> sources) {

    /**
     * A page the resource was read from: its IRI, file name, language code ({@code en}) and web address, each empty
     * when the data does not say.
     */
    record Source(String page, String file, String language, String web) {}

    /** A link to the resource: {@code subject property this}, with the subject's type if it has one. */
    record Link(String property, String subject, String type) {}

    /** Links per page of a resource page. */
    public static final int PAGE = 50;

    /** The query a page is made from, shown on the page so that readers can run it themselves. */
    static final String OUTGOING = "CONSTRUCT { ?this ?p ?o } WHERE { ?this ?p ?o }";

    private static final String INCOMING =
            """
            SELECT ?p ?s (SAMPLE(?t) AS ?type) WHERE { ?s ?p ?this OPTIONAL { ?s a ?t } }
            GROUP BY ?p ?s ORDER BY ?p ?type ?s LIMIT %d OFFSET %d""";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?this }";
    private static final String NAMES =
            """
            SELECT ?x ?l WHERE {
              VALUES (?p ?rank) { (skos:prefLabel 1) (dcterms:title 2) (rdfs:label 3)
                (<http://xmlns.com/foaf/0.1/name> 4) (idf:file 5) (skos:notation 6) }
              ?this ?link ?x . ?x ?p ?l } ORDER BY ?x ?rank""";
    private static final String NAMES_OF = NAMES.replace("?this ?link ?x .", "VALUES ?x { SUBJECTS }");
    private static final String SOURCES =
            """
            SELECT ?page ?file ?lang ?web WHERE { ?this prov:wasDerivedFrom ?page
              OPTIONAL { ?page idf:file ?file } OPTIONAL { ?page dcterms:language ?lang }
              OPTIONAL { ?page WEB ?web } } ORDER BY ?file ?page"""
                    // schema.org in the namespace the "schema" prefix names
                    .replace("WEB", "<" + SCHEMA.url.getURI() + ">");
    private static final String SELF = NAMES.replace("?this ?link ?x", "BIND(?this AS ?x)");

    /** Loads the resource, with the incoming links of page {@code page} (from 1). */
    static ResourceData load(Site site, String iri, int page) {
        Model about = site.query(OUTGOING, iri, qe -> qe.execConstruct());
        List<Link> incoming =
                site.query(String.format(INCOMING, PAGE, (page - 1L) * PAGE), iri, qe -> links(qe.execSelect()));
        long total = site.query(
                COUNT, iri, qe -> qe.execSelect().next().getLiteral("n").getLong());
        Map<String, List<Literal>> names = new HashMap<>();
        for (String q : List.of(SELF, NAMES, namesOf(incoming))) {
            site.query(q, iri, qe -> collect(qe.execSelect(), names));
        }
        List<Source> sources = site.query(SOURCES, iri, qe -> sources(qe.execSelect()));
        return new ResourceData(iri, about, incoming, total, names, sources);
    }

    /**
     * The names of the subjects of one page of links only, so that the work for a page does not grow with the
     * number of links. The IRIs come from the data and are written as N-Triples terms, never pasted raw.
     */
    private static String namesOf(List<Link> incoming) {
        return NAMES_OF.replace(
                "SUBJECTS", terms(incoming.stream().map(Link::subject).distinct()));
    }

    /** IRIs for a {@code VALUES} block: written as N-Triples terms, never pasted raw (they come from the data). */
    static String terms(java.util.stream.Stream<String> iris) {
        StringBuilder values = new StringBuilder();
        iris.forEach(iri ->
                values.append(NodeFmtLib.strNT(NodeFactory.createURI(iri))).append(' '));
        return values.toString();
    }

    /** The number of pages of incoming links (at least one). */
    long pages() {
        return Math.max(1, (incomingTotal + PAGE - 1) / PAGE);
    }

    /**
     * What to publish about the resource as RDF: its own statements and this page of the statements linking to
     * it (the next page is announced in a {@code Link} header), so that no answer grows with the data.
     */
    Model rdf() {
        Model m = ModelFactory.createDefaultModel().add(about);
        for (Link link : incoming) {
            m.add(m.createResource(link.subject()), m.createProperty(link.property()), m.createResource(iri));
        }
        return m;
    }

    /** The same resource, with what {@code more} says about it added to its own statements. */
    ResourceData with(Model more) {
        Model all = ModelFactory.createDefaultModel()
                .add(about)
                .add(more.listStatements(more.createResource(iri), null, (RDFNode) null));
        return new ResourceData(iri, all, incoming, incomingTotal, names, sources);
    }

    boolean exists() {
        return !about.isEmpty() || incomingTotal > 0;
    }

    List<Statement> statements() {
        return about.listStatements().toList();
    }

    private static List<Link> links(ResultSet rs) {
        List<Link> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            RDFNode t = s.get("type");
            if (s.get("s").isURIResource()) {
                out.add(new Link(
                        s.getResource("p").getURI(),
                        s.getResource("s").getURI(),
                        t != null && t.isURIResource() ? t.asResource().getURI() : null));
            }
        }
        return out;
    }

    private static List<Source> sources(ResultSet rs) {
        List<Source> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (s.get("page").isURIResource()) {
                out.add(new Source(
                        s.getResource("page").getURI(), text(s.get("file")), code(s.get("lang")), iri(s.get("web"))));
            }
        }
        return out;
    }

    private static String text(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : "";
    }

    /** A language as the data gives it: an ISO 639-1 IRI ({@code .../iso639-1/en}) or a literal, as its code. */
    private static String code(RDFNode n) {
        return n != null && n.isURIResource()
                ? TermNames.localName(n.asResource().getURI())
                : text(n);
    }

    private static String iri(RDFNode n) {
        return n != null && n.isURIResource() ? n.asResource().getURI() : "";
    }

    private static Void collect(ResultSet rs, Map<String, List<Literal>> names) {
        Map<String, List<Literal>> found = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (s.get("x").isURIResource() && s.get("l").isLiteral()) {
                found.computeIfAbsent(s.getResource("x").getURI(), k -> new ArrayList<>())
                        .add(s.getLiteral("l"));
            }
        }
        found.forEach(names::putIfAbsent);
        return null;
    }
}
