package org.w3id.iomidf.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.SPDX;

/**
 * The VoID and DCAT description of the dataset: the build's own {@code void.ttl}, completed with the addresses
 * this server answers at (the SPARQL endpoint and each download), which only the server knows.
 */
final class DatasetDescription {

    private final Site site;
    private final Dumps dumps;
    private final Supplier<String> root;

    /** @param root the server's public address, ending in / */
    DatasetDescription(Site site, Supplier<String> root) {
        this.site = site;
        this.root = root;
        this.dumps = new Dumps(site.release().dumps());
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Optional<Format> f = Reply.negotiate(req, res, Format.RDF);
        if (f.isEmpty()) {
            return;
        }
        res.setHeader("Cache-Control", "max-age=300");
        Reply.rdf(req, res, describe(), f.get());
    }

    /** The description, with the endpoint and downloads at the server's public address. */
    Model describe() {
        return describe(root.get());
    }

    /** The description, with the endpoint and downloads at {@code root} (the server's address, ending in /). */
    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        Path own = site.release().dumps().resolve("void.ttl");
        if (Files.isRegularFile(own)) {
            RDFParser.source(own).lang(Lang.TURTLE).base(site.base()).parse(m);
        }
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS);
        Resource endpoint = m.createResource(root + "sparql");
        Resource ds = m.createResource(site.datasetIri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(VOID.sparqlEndpoint, endpoint)
                .addProperty(VOID.uriSpace, site.base())
                .addLiteral(VOID.triples, site.triples());
        m.createResource(root + "sparql#service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCAT.servesDataset, ds);
        for (Dumps.Dump d : dumps.list()) {
            if (d.name().equals("void.ttl")) {
                continue;
            }
            Resource file = m.createResource(root + "dumps/" + d.name());
            ds.addProperty(VOID.dataDump, file);
            Resource dist = m.createResource(root + "dumps/" + d.name() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(
                            DCAT.mediaType,
                            m.createResource("https://www.iana.org/assignments/media-types/"
                                    + d.mediaType().replaceAll(";.*", "")))
                    .addLiteral(DCAT.byteSize, d.size());
            if (d.sha256() != null) {
                dist.addProperty(
                        SPDX.checksum,
                        m.createResource()
                                .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                                .addProperty(SPDX.checksumValue, d.sha256()));
            }
            ds.addProperty(DCAT.distribution, dist);
        }
        return m;
    }
}
