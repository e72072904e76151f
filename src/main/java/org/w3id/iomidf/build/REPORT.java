package org.w3id.iomidf.build;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The small vocabulary of the build reports ({@code report/quarantine.ttl}, {@code report/warnings.ttl}): one
 * {@code Problem} per located problem (the fields of {@code record.Problem}) and one {@code QuarantinedRecord} per
 * page or project kept out of the published data, linked to the SHACL validation report that caused it, if any.
 * Reports are not part of the published data.
 */
public final class REPORT {
    public static final String NS = "https://w3id.org/iom-idf/report#";

    public static final Resource Problem = resource("Problem");
    public static final Resource QuarantinedRecord = resource("QuarantinedRecord");
    /**
     * Two published projects that are likely one (report/duplicates.ttl): the one without identifiers is its
     * {@code projectKey}, the other its {@code otherProjectKey}, and its {@code message} says why.
     */
    public static final Resource LikelyDuplicate = resource("LikelyDuplicate");

    /** A quarantined record's project key (Prima ID, project ID or title key), when it got that far. */
    public static final Property projectKey = property("projectKey");
    /** The other project of a likely duplicate. */
    public static final Property otherProjectKey = property("otherProjectKey");
    /** The file a quarantined record was read from (one per page). */
    public static final Property file = property("file");

    public static final Property problem = property("problem");
    public static final Property validationReport = property("validationReport");

    public static final Property source = property("source");
    public static final Property line = property("line");
    public static final Property field = property("field");
    public static final Property value = property("value");
    public static final Property message = property("message");
    /** {@code sh:Violation} for an ERROR, {@code sh:Warning} for a WARNING. */
    public static final Property severity = property("severity");

    private REPORT() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
