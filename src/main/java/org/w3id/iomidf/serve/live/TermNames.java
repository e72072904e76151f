package org.w3id.iomidf.serve.live;

import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Human names of vocabulary terms (properties, classes) in the reader's language, from the ontology and the
 * server's own list for terms of other vocabularies; a term without a name shows its local name.
 */
public final class TermNames {

    private final Model names;

    TermNames(Model names) {
        this.names = names;
    }

    public String term(String iri, String lang) {
        Resource r = names.createResource(iri);
        List<Literal> found = names.listObjectsOfProperty(r, RDFS.label)
                .filterKeep(RDFNode::isLiteral)
                .mapWith(RDFNode::asLiteral)
                .toList();
        String label = pick(found, lang);
        return label != null ? label : localName(iri);
    }

    /** The comment on a term in the reader's language, or null. */
    public String comment(String iri, String lang) {
        Resource r = names.createResource(iri);
        return pick(
                names.listObjectsOfProperty(r, RDFS.comment)
                        .filterKeep(RDFNode::isLiteral)
                        .mapWith(RDFNode::asLiteral)
                        .toList(),
                lang);
    }

    /** The value in {@code lang}, else in English, else without a language, else any; null if none. */
    public static String pick(List<Literal> values, String lang) {
        for (String want : new String[] {lang, "en", ""}) {
            for (Literal l : values) {
                if (l.getLanguage().equalsIgnoreCase(want)) {
                    return l.getLexicalForm();
                }
            }
        }
        return values.isEmpty() ? null : values.get(0).getLexicalForm();
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }
}
