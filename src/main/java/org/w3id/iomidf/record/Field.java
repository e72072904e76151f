package org.w3id.iomidf.record;

/**
 * The fields of a project page. {@link #key()} is the field's name in the {@code parse} JSON output and in
 * problem reports.
 */
public enum Field {
    PAGE("page"),
    TITLE("title"),
    START_YEAR("startYear"),
    END_YEAR("endYear"),
    STATUS("status"),
    TYPE("typeLabel"),
    BUDGET("budgetUSD"),
    COVERAGE("coverage"),
    FUNDING_YEAR("fundingYear"),
    REGION("region"),
    PRIMA_ID("primaId"),
    PROJECT_ID("projectId"),
    COUNTRIES("countries"),
    DESCRIPTION("description");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
