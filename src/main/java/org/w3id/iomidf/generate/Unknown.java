package org.w3id.iomidf.generate;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.w3id.iomidf.record.PageLanguage;

/**
 * Beneficiary names no reader can resolve: states that no longer exist ("Serbia and Montenegro") and an
 * invented one. PRODUCT.md: such a name is reported and kept as written, never dropped, split or guessed.
 */
final class Unknown {
    private static final String[][] NAMES = {
        {"Serbia and Montenegro", "Serbie-et-Monténégro", "Serbia y Montenegro"},
        {"Netherlands Antilles", "Antilles néerlandaises", "Antillas Neerlandesas"},
        {"Czechoslovakia", "Tchécoslovaquie", "Checoslovaquia"},
        {"Freedonia", "Freedonia", "Freedonia"},
    };

    /**
     * Pairs of countries whose names, joined by a space, spell a former state ("Serbia Montenegro"): a reader
     * must take that text for the former state, so a page meaning the two countries never prints them so.
     */
    private static final List<List<String>> FORMER_STATE_PAIRS = List.of(List.of("SRB", "MNE"));

    private Unknown() {}

    /** Swaps adjacent beneficiaries that would spell a former state; names and codes stay aligned. */
    static void keepApart(List<String> names, List<String> codes) {
        for (int i = 0; i + 1 < codes.size(); i++) {
            if (FORMER_STATE_PAIRS.contains(List.of(codes.get(i), codes.get(i + 1)))) {
                Collections.swap(names, i, i + 1);
                Collections.swap(codes, i, i + 1);
            }
        }
    }

    static String name(SplittableRandom rng, PageLanguage lang) {
        return NAMES[rng.nextInt(NAMES.length)][lang.ordinal()];
    }
}
