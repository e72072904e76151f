package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms the publisher uses (Jena has no PROV-O vocabulary class). */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");

    private PROV() {}
}
