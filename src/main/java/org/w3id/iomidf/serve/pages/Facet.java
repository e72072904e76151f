package org.w3id.iomidf.serve.pages;

import org.w3id.iomidf.record.CodeScheme;

/**
 * The facets a list of projects can be narrowed by; each is a request parameter holding the values chosen (one
 * parameter per value). Values of one facet are alternatives; facets combine.
 */
enum Facet {
    COUNTRY("country", "idf:beneficiary/idf:alpha3", "?x idf:alpha3 ?v ; a idf:Country"),
    REGION("region", "idf:beneficiaryRegion/idf:m49", "?x idf:m49 ?v ; a idf:M49Region"),
    GROUP("group", "idf:beneficiaryGroup/skos:notation", "?x skos:notation ?v ; skos:inScheme <SCHEME>"),
    IDF_REGION("idfRegion", "idf:idfRegion/skos:notation", "?x skos:notation ?v ; skos:inScheme <SCHEME>"),
    TYPE("type", "idf:projectType/skos:notation", "?x skos:notation ?v ; skos:inScheme <SCHEME>"),
    STATUS("status", "idf:status/skos:notation", "?x skos:notation ?v ; skos:inScheme <SCHEME>"),
    COVERAGE("coverage", "idf:coverage/skos:notation", "?x skos:notation ?v ; skos:inScheme <SCHEME>");

    /** The request parameter. */
    final String param;
    /** The SPARQL property path from a project to the facet's values (plain literals: codes). */
    final String path;
    /** The pattern binding each value {@code ?v} to the resource {@code ?x} it names ({@code SCHEME}: its list). */
    final String named;

    Facet(String param, String path, String named) {
        this.param = param;
        this.path = path;
        this.named = named;
    }

    /** The code list a facet's values come from; null for countries and regions. */
    CodeScheme scheme() {
        return switch (this) {
            case GROUP -> CodeScheme.COUNTRY_GROUP;
            case IDF_REGION -> CodeScheme.IDF_REGION;
            case TYPE -> CodeScheme.PROJECT_TYPE;
            case STATUS -> CodeScheme.STATUS;
            case COVERAGE -> CodeScheme.COVERAGE;
            default -> null;
        };
    }

    /** The pattern naming this facet's values, under {@code base}. */
    String named(String base) {
        return scheme() == null ? named : named.replace("SCHEME", base + scheme().path());
    }
}
