package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.Site;

/**
 * The description of the dataset: the build's own {@code void.ttl}, served as it is, with only this server's own
 * address added where it differs from the base IRI: a second endpoint address for the dataset and its service,
 * and a second access address for each download (where this server answers for it).
 */
final class ServedDescription {

    private final Site site;
    private final Supplier<String> root;
    /** The build's description, read on first use (a release never changes). */
    private volatile Model own;

    /** @param root the server's public address, ending in / */
    ServedDescription(Site site, Supplier<String> root) {
        this.site = site;
        this.root = root;
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Optional<Format> f = Reply.negotiate(req, res, Format.RDF);
        if (f.isEmpty()) {
            return;
        }
        res.setHeader("Cache-Control", "max-age=300");
        Reply.rdf(req, res, describe(), f.get());
    }

    /** The description, with the endpoint at the server's public address. */
    Model describe() {
        return describe(root.get());
    }

    private Model own() {
        Model m = own;
        if (m == null) {
            m = site.release().description();
            own = m;
        }
        return m;
    }

    /** The description, with the endpoint also at {@code root} (the server's address, ending in /). */
    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel().add(own());
        m.setNsPrefixes(own().getNsPrefixMap());
        if (!root.equals(site.base())) {
            IriMinter iris = new IriMinter(site.base());
            Resource endpoint = m.createResource(IriMinter.sparql(root)).addProperty(RDF.type, RDFS.Resource);
            m.createResource(iris.dataset()).addProperty(VOID.sparqlEndpoint, endpoint);
            m.createResource(iris.service()).addProperty(DCAT.endpointURL, endpoint);
            for (Resource d :
                    m.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList()) {
                for (RDFNode download :
                        m.listObjectsOfProperty(d, DCAT.downloadURL).toList()) {
                    String file =
                            download.asResource().getURI().substring(site.base().length());
                    d.addProperty(DCAT.accessURL, m.createResource(root + file).addProperty(RDF.type, RDFS.Resource));
                }
            }
        }
        return m;
    }
}
