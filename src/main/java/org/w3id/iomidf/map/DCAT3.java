package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

/** The DCAT 3 versioning terms the dataset description uses (Jena's DCAT class predates them). */
public final class DCAT3 {
    public static final String NS = DCAT.NS;

    public static final Property version = ResourceFactory.createProperty(NS, "version");
    public static final Property hasVersion = ResourceFactory.createProperty(NS, "hasVersion");
    public static final Property isVersionOf = ResourceFactory.createProperty(NS, "isVersionOf");
    public static final Property previousVersion = ResourceFactory.createProperty(NS, "previousVersion");
    public static final Property hasCurrentVersion = ResourceFactory.createProperty(NS, "hasCurrentVersion");

    private DCAT3() {}
}
