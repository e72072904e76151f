package org.w3id.iomidf.country;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3id.iomidf.record.PageLanguage;

/**
 * The country table (ISO codes, UNTERM names, GeoNames and Wikidata IDs) joined to the M49 table by
 * alpha-3 code. The two must agree on every code they share: a disagreement is corrupt reference data.
 */
final class CountryTable {

    static final String RESOURCE = "/reference/country-codes.csv";
    private static final String WIKIDATA_PAGE = "https://www.wikidata.org/wiki/";
    private static final Map<PageLanguage, String> UNTERM_LANGUAGE =
            Map.of(PageLanguage.EN, "English", PageLanguage.FR, "French", PageLanguage.ES, "Spanish");

    private CountryTable() {}

    /** Reads the table, adds every name it gives for a country to {@code names}, returns the countries. */
    static List<Country> read(M49Table m49, NameIndex names) {
        List<Country> countries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : CsvTable.read(RESOURCE)) {
            String alpha3 = row.get("ISO3166-1-Alpha-3");
            M49Table.Entry entry = m49.entries().get(alpha3);
            if (entry == null || !seen.add(alpha3)) {
                throw row.corrupt(alpha3 + " is missing from the M49 table or listed twice", null);
            }
            checkAgrees(row, entry);
            Country country = country(row, entry);
            countries.add(country);
            addNames(row, country, names);
        }
        if (seen.size() != m49.entries().size()) {
            throw new IllegalStateException("reference table " + RESOURCE + " lacks countries of the M49 table");
        }
        return countries;
    }

    private static void checkAgrees(CsvTable.Row row, M49Table.Entry e) {
        List<Object> here = List.of(
                row.get("ISO3166-1-Alpha-2"),
                Objects.toString(M49Table.code(row, "M49")),
                Objects.toString(M49Table.code(row, "ISO3166-1-numeric")),
                Objects.toString(M49Table.code(row, "Region Code")),
                Objects.toString(M49Table.code(row, "Sub-region Code")),
                Objects.toString(M49Table.code(row, "Intermediate Region Code")),
                isSet(row, "Least Developed Countries (LDC)"),
                isSet(row, "Land Locked Developing Countries (LLDC)"),
                isSet(row, "Small Island Developing States (SIDS)"));
        List<Object> there = List.of(
                e.alpha2(),
                e.m49(),
                e.m49(),
                Objects.toString(e.regionM49()),
                Objects.toString(e.subRegionM49()),
                Objects.toString(e.intermediateRegionM49()),
                e.ldc(),
                e.lldc(),
                e.sids());
        if (!here.equals(there)) {
            throw row.corrupt("codes " + here + " disagree with the M49 table " + there, null);
        }
    }

    private static Country country(CsvTable.Row row, M49Table.Entry e) {
        Map<PageLanguage, String> formal = new EnumMap<>(PageLanguage.class);
        for (PageLanguage lang : PageLanguage.values()) {
            String name = clean(row.get("UNTERM " + UNTERM_LANGUAGE.get(lang) + " Formal"));
            if (!name.isEmpty()) {
                formal.put(lang, name);
            }
        }
        String wikidata = row.optional("wikidata_id");
        if (wikidata != null && wikidata.startsWith(WIKIDATA_PAGE)) {
            wikidata = wikidata.substring(WIKIDATA_PAGE.length());
        }
        try {
            return new Country(
                    e.alpha2(),
                    e.alpha3(),
                    e.m49(),
                    e.names(),
                    formal,
                    e.regionM49(),
                    e.subRegionM49(),
                    e.intermediateRegionM49(),
                    e.ldc(),
                    e.lldc(),
                    e.sids(),
                    row.optional("Geoname ID"),
                    wikidata);
        } catch (IllegalArgumentException ex) {
            throw row.corrupt(ex.getMessage(), ex);
        }
    }

    private static void addNames(CsvTable.Row row, Country country, NameIndex names) {
        String alpha3 = country.alpha3();
        for (PageLanguage lang : PageLanguage.values()) {
            String language = UNTERM_LANGUAGE.get(lang);
            names.add(country.names().get(lang), alpha3, NameIndex.Source.UN_SHORT);
            names.add(clean(row.get("UNTERM " + language + " Short")), alpha3, NameIndex.Source.UN_SHORT);
            names.add(clean(row.get("UNTERM " + language + " Formal")), alpha3, NameIndex.Source.OTHER);
            names.add(clean(row.get("official_name_" + lang.tag())), alpha3, NameIndex.Source.OTHER);
            Locale locale = Locale.forLanguageTag(lang.tag());
            String common = new Locale("", country.alpha2()).getDisplayCountry(locale);
            if (!common.equalsIgnoreCase(country.alpha2())) {
                names.add(common, alpha3, NameIndex.Source.OTHER);
            }
        }
        names.add(row.get("CLDR display name"), alpha3, NameIndex.Source.OTHER);
    }

    /** UNTERM marks some names with a footnote asterisk ("State of Palestine *"); it is not part of the name. */
    private static String clean(String name) {
        return name.endsWith("*") ? name.substring(0, name.length() - 1).strip() : name;
    }

    private static boolean isSet(CsvTable.Row row, String column) {
        return !row.get(column).isEmpty();
    }
}
