package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ADMS terms the dataset description uses (Jena has no ADMS class). */
public final class ADMS {
    public static final String NS = "http://www.w3.org/ns/adms#";

    public static final Property versionNotes = ResourceFactory.createProperty(NS, "versionNotes");

    private ADMS() {}
}
