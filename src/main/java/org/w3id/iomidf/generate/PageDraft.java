package org.w3id.iomidf.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;

/**
 * One page to write: what it prints, field by field, and the truth a correct reader extracts from it.
 *
 * @param written the labelled fields present on the page, in page order, each with its value as printed
 *     ({@code ""} for a label with an empty value); the countries entry is not used, see {@code countries}
 * @param countries the beneficiary names as printed, in order (joined by spaces, or one per line on the old
 *     site); an empty list with {@link Field#COUNTRIES} in {@code written} is an empty value
 * @param chrome the language of the navigation menu or sidebar around the page, or null for none
 * @param blankLine whether the page has the blank line its layout allows: on bullet pages between the field
 *     block and the description, on old-site pages between the title and its repetition
 * @param html whether the page is saved as HTML (site layout only)
 * @param broken how the page is broken on purpose, or null
 */
record PageDraft(
        String file,
        Layout layout,
        PageLanguage chrome,
        String title,
        Map<Field, String> written,
        List<String> countries,
        List<String> description,
        boolean blankLine,
        boolean html,
        Broken broken,
        Truth truth) {

    PageDraft {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(written);
        written = Collections.unmodifiableMap(copy);
        countries = List.copyOf(countries);
        description = List.copyOf(description);
    }
}
