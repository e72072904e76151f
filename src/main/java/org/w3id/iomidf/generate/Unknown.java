package org.w3id.iomidf.generate;

import java.util.SplittableRandom;
import org.w3id.iomidf.record.Lang;

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

    private Unknown() {
    }

    static String name(SplittableRandom rng, Lang lang) {
        return NAMES[rng.nextInt(NAMES.length)][lang.ordinal()];
    }
}
