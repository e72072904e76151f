package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The SPARQL 1.1 Service Description terms the endpoint describes itself with (Jena has no class for them). */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    public static final Resource Service = ResourceFactory.createResource(NS + "Service");
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
    public static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
    public static final Resource BasicFederatedQuery = ResourceFactory.createResource(NS + "BasicFederatedQuery");
    public static final Property endpoint = ResourceFactory.createProperty(NS, "endpoint");
    public static final Property supportedLanguage = ResourceFactory.createProperty(NS, "supportedLanguage");
    public static final Property feature = ResourceFactory.createProperty(NS, "feature");
    public static final Property resultFormat = ResourceFactory.createProperty(NS, "resultFormat");
    public static final Property defaultDataset = ResourceFactory.createProperty(NS, "defaultDataset");
    public static final Property defaultGraph = ResourceFactory.createProperty(NS, "defaultGraph");

    private SD() {}
}
