package org.w3id.iomidf.serve.pages;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.live.Site;

/**
 * "How to cite" a release, in the reader's language: its creators, title, release and date, its publisher, and the
 * dataset's base IRI, the address that stays when the server moves (never the address this server answers on).
 * Creators and publisher are read from the description the build wrote ({@code build --creator --publisher}); a
 * release that names no publisher is published by {@code idf-ld}.
 */
final class Citation {

    /** Creators are numbered in the order they are cited: {@code dataset/creator/1}, {@code .../2} ... */
    private static final String CREATORS =
            """
            SELECT ?name WHERE { ?this dcterms:creator ?c . ?c <http://xmlns.com/foaf/0.1/name> ?name }
            ORDER BY STRLEN(STR(?c)) ?c""";

    private static final String PUBLISHER =
            """
            SELECT ?name WHERE { ?this dcterms:publisher ?p . ?p <http://xmlns.com/foaf/0.1/name> ?name }
            ORDER BY ?name LIMIT 1""";

    private static final String NOBODY = "idf-ld";

    private Citation() {}

    /** The citation as text (to be escaped), for a release built on {@code built}. */
    static String text(Site site, String lang, String built) {
        List<String> creators = site.query(CREATORS, site.datasetIri(), qe -> names(qe.execSelect()));
        List<String> publisher = site.query(PUBLISHER, site.datasetIri(), qe -> names(qe.execSelect()));
        return MessageFormat.format(
                Html.words(lang).getString("landing.citation"),
                creators.isEmpty() ? "" : String.join("; ", creators) + ". ",
                site.release().id(),
                built,
                publisher.isEmpty() ? NOBODY : publisher.get(0),
                site.base());
    }

    private static List<String> names(ResultSet rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.getLiteral("name").getLexicalForm()));
        return out;
    }
}
