package org.w3id.iomidf.record;

/**
 * The SKOS concept schemes of {@code ontology/codelists.ttl}; {@link #path()} is the scheme's IRI relative to the
 * base ({@code code/project-type}) and the prefix of its concepts' IRIs.
 */
public enum CodeScheme {
    PROJECT_TYPE("project-type"),
    STATUS("status"),
    COVERAGE("coverage"),
    IDF_REGION("idf-region"),
    COUNTRY_GROUP("country-group");

    private final String name;

    CodeScheme(String name) {
        this.name = name;
    }

    /** The scheme's name as it appears in IRIs, such as {@code project-type}. */
    public String schemeName() {
        return name;
    }

    public String path() {
        return "code/" + name;
    }
}
