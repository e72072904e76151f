package org.w3id.iomidf.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Answers for the IRIs minted under the build's base: the path {@code /project/MN10P0001} answers for
 * {@code {base}project/MN10P0001}, so a build made with a public base also works on localhost. The format is
 * negotiated on {@code Accept}, or named by an extension ({@code .ttl}, {@code .jsonld}, {@code .nt},
 * {@code .rdf}, {@code .html}).
 */
final class ResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String UNSAFE = " <>\"{}|\\^`";

    private final transient Site site;
    private final transient EditorPage editor;
    private final transient DatasetDescription description;

    ResourceServlet(Site site, DatasetDescription description) {
        this.site = site;
        this.editor = new EditorPage(site);
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/") || path.equals("/query")) {
            editor.answer(req, res);
            return;
        }
        Target t = Target.of(path);
        if (t.path().chars().anyMatch(c -> UNSAFE.indexOf(c) >= 0 || c < 0x20)) {
            notFound(req, res, site.base() + t.path().substring(1));
            return;
        }
        if (t.path().equals("/ontology")) {
            new OntologyAnswer(site).answer(req, res, t.format());
            return;
        }
        String iri = site.base() + t.path().substring(1);
        int page = page(req);
        ResourceData data = ResourceData.load(site, iri, page);
        Model extra = ModelFactory.createDefaultModel();
        if (iri.equals(site.datasetIri())) {
            extra = description.describe(DatasetDescription.root(req));
            data = data.with(extra);
        }
        if (!data.exists()) {
            notFound(req, res, iri);
            return;
        }
        Optional<Format> f = t.format().isPresent() ? t.format() : Reply.negotiate(req, res, Format.ALL);
        if (f.isEmpty()) {
            return;
        }
        res.setHeader("Cache-Control", "max-age=300");
        if (f.get() == Format.HTML) {
            res.addHeader("Vary", "Accept-Language");
            String html = new ResourcePage(site, Language.of(req)).render(data, t.path(), page, "");
            Reply.html(req, res, HttpServletResponse.SC_OK, html);
        } else {
            Model m = ResourceData.rdf(site, iri).add(extra);
            m.setNsPrefixes(PREFIXES);
            Reply.rdf(req, res, m, f.get());
        }
    }

    static final Map<String, String> PREFIXES = Map.of("idf", Site.ONTOLOGY_NS,
            "skos", "http://www.w3.org/2004/02/skos/core#", "dcterms", "http://purl.org/dc/terms/",
            "prov", "http://www.w3.org/ns/prov#", "xsd", "http://www.w3.org/2001/XMLSchema#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#");

    private static int page(HttpServletRequest req) {
        try {
            return Math.max(1, Integer.parseInt(Optional.ofNullable(req.getParameter("page")).orElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void notFound(HttpServletRequest req, HttpServletResponse res, String iri) throws IOException {
        Optional<Format> f = Negotiation.choose(req.getHeader("Accept"), List.of(Format.HTML));
        res.addHeader("Vary", "Accept");
        if (f.isPresent()) {
            Reply.html(req, res, HttpServletResponse.SC_NOT_FOUND, new ResourcePage(site, Language.of(req))
                    .notFound(iri));
        } else {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
        }
    }

    /** A request path split into the resource's path and the format its extension names, if any. */
    record Target(String path, Optional<Format> format) {
        static Target of(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Optional<Format> f = Format.byExtension(path.substring(dot + 1));
                if (f.isPresent()) {
                    return new Target(path.substring(0, dot), f);
                }
            }
            return new Target(path, Optional.empty());
        }
    }
}
