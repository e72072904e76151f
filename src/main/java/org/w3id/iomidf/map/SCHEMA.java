package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms the data uses, in the namespace the ontology, the shapes and the {@code schema} prefix name
 * ({@code http://schema.org/}). Jena's {@code SchemaDO} spells it with https, so a query written with the prefix
 * would find nothing.
 */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    /** A page's web address. */
    public static final Property url = ResourceFactory.createProperty(NS, "url");

    private SCHEMA() {}
}
