package org.w3id.iomidf.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by label and code-list matching. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /** Strips white space at both ends, counting no-break spaces (saved HTML pages use them) as spaces. */
    static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /**
     * A matching key: lower case, no accents, one apostrophe style, single spaces. "Migration de main-d’œuvre"
     * and "migration de main-d'oeuvre" get the same key.
     */
    static String key(String s) {
        String t = clean(s).replace('’', '\'')
                .replace('‘', '\'')
                .replace('`', '\'')
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
