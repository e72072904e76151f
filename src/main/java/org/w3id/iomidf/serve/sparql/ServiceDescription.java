package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.SD;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Reply;

/**
 * The SPARQL 1.1 Service Description of the endpoint, answered to a GET or HEAD of {@code /sparql} without a
 * query, in the RDF format the client accepts (Turtle by default).
 */
final class ServiceDescription {

    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "JSON-LD",
        "N-Triples",
        "RDF_XML"
    };

    private final Supplier<String> datasetIri;
    private final LongSupplier triples;
    private final Supplier<String> root;

    /**
     * A description that follows the release a request is pinned to (the triple count changes with it), of the
     * endpoint at {@code root}{@code sparql}, {@code root} being the server's public address.
     */
    public ServiceDescription(Supplier<String> datasetIri, LongSupplier triples, Supplier<String> root) {
        this.datasetIri = datasetIri;
        this.triples = triples;
        this.root = root;
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Optional<Format> f = Reply.negotiate(req, res, Format.RDF);
        if (f.isPresent()) {
            res.setHeader("Cache-Control", "max-age=3600");
            Reply.rdf(req, res, describe(root.get() + "sparql"), f.get());
        }
    }

    /** The description of the endpoint at {@code endpoint}. */
    Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS)
                .setNsPrefix("formats", FORMATS)
                .setNsPrefix("void", VOID.NS)
                .setNsPrefix("dcterms", DCTerms.NS);
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.BasicFederatedQuery)
                .addProperty(DCTerms.title, "IOM Development Fund projects (read-only SPARQL endpoint)", "en");
        for (String f : RESULT_FORMATS) {
            service.addProperty(SD.resultFormat, m.createResource(FORMATS + f));
        }
        Resource graph =
                m.createResource().addProperty(RDF.type, SD.Graph).addLiteral(VOID.triples, triples.getAsLong());
        Resource dataset = m.createResource(datasetIri.get())
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(SD.defaultGraph, graph)
                .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint));
        service.addProperty(SD.defaultDataset, dataset);
        return m;
    }
}
