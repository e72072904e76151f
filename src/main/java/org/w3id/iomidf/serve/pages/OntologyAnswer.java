package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.Site;

/**
 * The ontology at its namespace: {@code /ontology} (and so {@code /ontology#Project} in a browser) answers
 * with the ontology document, negotiated; the HTML page lists every term with an anchor named after it.
 */
final class OntologyAnswer {

    private final Site site;

    OntologyAnswer(Site site) {
        this.site = site;
    }

    void answer(HttpServletRequest req, HttpServletResponse res, Optional<Format> explicit) throws IOException {
        Model onto = site.ontology();
        if (onto.isEmpty()) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "This build carries no ontology document");
            return;
        }
        Optional<Format> f = explicit.isPresent() ? explicit : Reply.negotiate(req, res, Format.ALL);
        if (f.isEmpty()) {
            return;
        }
        res.setHeader("Cache-Control", "max-age=3600");
        if (f.get() != Format.HTML) {
            Reply.rdf(req, res, onto, f.get());
            return;
        }
        String lang = Language.of(req);
        res.addHeader("Vary", "Accept-Language");
        Model about = ModelFactory.createDefaultModel()
                .add(onto.listStatements(
                        onto.createResource(Site.ONTOLOGY), null, (org.apache.jena.rdf.model.RDFNode) null));
        ResourceData data = new ResourceData(Site.ONTOLOGY, about, List.of(), 0, Map.of(), List.of());
        Reply.html(
                req,
                res,
                HttpServletResponse.SC_OK,
                new ResourcePage(site, lang).render(data, "/ontology", 1, terms(onto, lang)));
    }

    private String terms(Model onto, String lang) {
        List<Resource> terms = onto.listSubjects()
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Site.ONTOLOGY_NS))
                .toList();
        terms.sort(Comparator.comparing(Resource::getURI));
        StringBuilder b = new StringBuilder("<h2>Terms</h2><table class=\"terms\">");
        for (Resource t : terms) {
            String local = t.getURI().substring(Site.ONTOLOGY_NS.length());
            String comment = site.labels().comment(t.getURI(), lang);
            b.append("<tr id=\"")
                    .append(Html.esc(local))
                    .append("\"><th><code>idf:")
                    .append(Html.esc(local))
                    .append("</code><br>")
                    .append(Html.esc(site.labels().term(t.getURI(), lang)))
                    .append("</th><td>")
                    .append(comment == null ? "" : Html.esc(comment))
                    .append("</td></tr>");
        }
        return b.append("</table>").toString();
    }
}
