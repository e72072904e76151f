package org.w3id.iomidf.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The idf-ld vocabulary ({@code ontology/idf.ttl}), term by term. The namespace is fixed: it does not follow the
 * configurable base of instance IRIs. {@code IdfVocabularyTest} checks that this class and the ontology declare
 * the same terms.
 */
public final class IDF {
    public static final String NS = "https://w3id.org/iom-idf/ontology#";
    /** The ontology document's IRI (the namespace without its {@code #}). */
    public static final String ONTOLOGY = "https://w3id.org/iom-idf/ontology";

    public static final Resource Project = resource("Project");
    public static final Resource SourcePage = resource("SourcePage");
    public static final Resource Country = resource("Country");
    public static final Resource M49Region = resource("M49Region");

    public static final Property primaId = property("primaId");
    public static final Property projectId = property("projectId");
    public static final Property projectType = property("projectType");
    public static final Property projectTypeLabel = property("projectTypeLabel");
    public static final Property status = property("status");
    public static final Property coverage = property("coverage");
    public static final Property idfRegion = property("idfRegion");
    public static final Property startYear = property("startYear");
    public static final Property endYear = property("endYear");
    public static final Property fundingYear = property("fundingYear");
    public static final Property budgetUSD = property("budgetUSD");
    public static final Property beneficiary = property("beneficiary");
    public static final Property unresolvedBeneficiary = property("unresolvedBeneficiary");
    public static final Property beneficiaryRegion = property("beneficiaryRegion");
    public static final Property beneficiaryGroup = property("beneficiaryGroup");

    public static final Property file = property("file");
    public static final Property sha256 = property("sha256");
    public static final Property layout = property("layout");
    public static final Property capturedAt = property("capturedAt");
    public static final Property warcRecordId = property("warcRecordId");

    public static final Property alpha2 = property("alpha2");
    public static final Property alpha3 = property("alpha3");
    public static final Property numeric = property("numeric");
    public static final Property m49 = property("m49");
    public static final Property formalName = property("formalName");
    public static final Property region = property("region");
    public static final Property subRegion = property("subRegion");
    public static final Property intermediateRegion = property("intermediateRegion");
    public static final Property countryGroup = property("countryGroup");
    public static final Property level = property("level");

    private IDF() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
