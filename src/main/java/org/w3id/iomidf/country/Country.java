package org.w3id.iomidf.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.w3id.iomidf.record.PageLanguage;

/**
 * A country or area from the UN M49 / ISO 3166 reference tables, with everything the publisher links it by.
 *
 * @param m49 three-digit, zero-padded UN M49 code (e.g. {@code 496})
 * @param names UN M49 table names per language ("Mongolie")
 * @param formalNames UNTERM formal names per language, when the tables give them
 * @param regionM49 M49 region code (e.g. {@code 142} Asia), null for Antarctica
 * @param subRegionM49 M49 sub-region code, null where the tables give none
 * @param intermediateRegionM49 M49 intermediate region code, or null
 * @param geonamesId GeoNames feature ID, or null
 * @param wikidataId Wikidata item ID such as {@code Q711}, or null
 */
public record Country(
        String alpha2,
        String alpha3,
        String m49,
        Map<PageLanguage, String> names,
        Map<PageLanguage, String> formalNames,
        String regionM49,
        String subRegionM49,
        String intermediateRegionM49,
        boolean ldc,
        boolean lldc,
        boolean sids,
        String geonamesId,
        String wikidataId) {

    public Country {
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(m49, "m49");
        if (!alpha2.matches("[A-Z]{2}") || !alpha3.matches("[A-Z]{3}") || !m49.matches("\\d{3}")) {
            throw new IllegalArgumentException("bad codes for country: " + alpha2 + " " + alpha3 + " " + m49);
        }
        if (wikidataId != null && !wikidataId.matches("Q\\d+")) {
            throw new IllegalArgumentException("bad Wikidata ID for " + alpha3 + ": " + wikidataId);
        }
        names = Map.copyOf(names);
        formalNames = Map.copyOf(formalNames);
    }

    /** The M49 codes of the country's region, sub-region and intermediate region, those the tables give. */
    public List<String> regionsM49() {
        return Stream.of(regionM49, subRegionM49, intermediateRegionM49)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The notations of the UN country groups the country is in ({@code LDC}, {@code LLDC}, {@code SIDS}, as the
     * country-group code list names them).
     */
    public List<String> groups() {
        List<String> groups = new ArrayList<>(3);
        if (ldc) {
            groups.add("LDC");
        }
        if (lldc) {
            groups.add("LLDC");
        }
        if (sids) {
            groups.add("SIDS");
        }
        return groups;
    }

    /** The M49 region a country belongs to most narrowly: intermediate region, else sub-region, else region. */
    public String narrowestRegionM49() {
        return intermediateRegionM49 != null ? intermediateRegionM49 : subRegionM49 != null ? subRegionM49 : regionM49;
    }
}
