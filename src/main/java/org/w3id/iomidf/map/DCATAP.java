package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The DCAT-AP terms beyond DCAT itself that the dataset description uses (Jena has no DCAT-AP class). */
public final class DCATAP {
    public static final String NS = "http://data.europa.eu/r5r/";

    public static final Property availability = ResourceFactory.createProperty(NS, "availability");

    private DCATAP() {}
}
