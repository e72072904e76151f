package org.w3id.iomidf.record;

import java.util.Objects;

/**
 * A beneficiary country as named on a page: the text as written and, when the gazetteer resolved it, the
 * ISO 3166-1 alpha-3 code (null when unresolved; an unresolved name is kept, never dropped or guessed).
 */
public record CountryRef(String asWritten, String alpha3) {
    public CountryRef {
        Objects.requireNonNull(asWritten, "asWritten");
        if (alpha3 != null && !alpha3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO alpha-3 code: " + alpha3);
        }
    }

    public boolean resolved() {
        return alpha3 != null;
    }

    /** The alpha-3 code, or {@code ?name} for an unresolved name (the convention of expected/*.json). */
    public String code() {
        return resolved() ? alpha3 : "?" + asWritten;
    }
}
