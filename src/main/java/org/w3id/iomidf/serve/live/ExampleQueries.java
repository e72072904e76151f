package org.w3id.iomidf.serve.live;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/**
 * The example queries a researcher starts from, read from {@code /queries/examples.ttl} on the classpath (one
 * {@code sh:SPARQLSelectExecutable} each). The editor offers them; the build publishes the same file as data.
 */
public final class ExampleQueries {

    /** The classpath resource holding the examples, parsed against the base IRI. */
    public static final String RESOURCE = "/queries/examples.ttl";

    private static final String SH = "http://www.w3.org/ns/shacl#";

    private ExampleQueries() {}

    /**
     * One example.
     *
     * @param iri    its IRI under the base
     * @param titles its title per language tag
     * @param abouts what it answers, per language tag
     * @param sparql the complete query text
     */
    public record Example(String iri, List<Literal> titles, List<Literal> abouts, String sparql) {
        /** Its title in English. */
        public String title() {
            return title("en");
        }

        /** Its title in {@code lang}, else in English. */
        public String title(String lang) {
            String t = TermNames.pick(titles, lang);
            return t == null ? "" : t;
        }

        /** What it answers, in English. */
        public String about() {
            return about("en");
        }

        /** What it answers, in {@code lang}, else in English. */
        public String about(String lang) {
            String t = TermNames.pick(abouts, lang);
            return t == null ? "" : t;
        }
    }

    /** The examples, with IRIs under {@code base}, in IRI order. */
    public static List<Example> load(String base) {
        Model m = Site.classpathTurtle(RESOURCE, base);
        Property select = m.createProperty(SH, "select");
        return m.listStatements(null, select, (String) null).mapWith(s -> example(s, m)).toList().stream()
                .sorted(Comparator.comparing(Example::iri))
                .toList();
    }

    private static Example example(Statement s, Model m) {
        Resource r = s.getSubject();
        return new Example(r.getURI(), texts(m, r, RDFS.label), texts(m, r, RDFS.comment), s.getString());
    }

    private static List<Literal> texts(Model m, Resource r, Property p) {
        return m.listObjectsOfProperty(r, p).mapWith(n -> n.asLiteral()).toList();
    }
}
