package org.w3id.iomidf.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.iomidf.record.PageLanguage;

/**
 * The language of a page that has no field labels (or only labels shared by all languages), guessed from
 * its title: each language scores one point per common function word of that language and two per letter
 * only that language uses (ñ, ¿, ¡ for Spanish; è, ê, à, ç, œ for French). The highest score wins; a tie
 * or no evidence gives English, the language of most such pages. The navigation menu is never used: old
 * pages put a French menu around English content.
 */
final class LangGuess {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static final Set<String> EN = Set.of(
            "the",
            "of",
            "and",
            "for",
            "to",
            "in",
            "on",
            "with",
            "through",
            "by",
            "from",
            "its",
            "capacity",
            "building",
            "support",
            "strengthening",
            "enhancing",
            "management");
    private static final Set<String> FR = Set.of(
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "pour",
            "au",
            "aux",
            "dans",
            "en",
            "une",
            "un",
            "sur",
            "par",
            "renforcement",
            "appui",
            "soutien",
            "gestion",
            "l",
            "d");
    private static final Set<String> ES = Set.of(
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "para",
            "en",
            "con",
            "una",
            "un",
            "por",
            "sobre",
            "fortalecimiento",
            "apoyo",
            "gestión",
            "migración");

    private LangGuess() {}

    static PageLanguage of(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('’', '\'');
        int en = 0;
        int fr = 0;
        int es = 0;
        for (String word : NON_LETTERS.split(t)) {
            en += EN.contains(word) ? 1 : 0;
            fr += FR.contains(word) ? 1 : 0;
            es += ES.contains(word) ? 1 : 0;
        }
        fr += 2 * count(t, "èêàçœù");
        es += 2 * count(t, "ñ¿¡");
        if (fr > en && fr > es) {
            return PageLanguage.FR;
        }
        return es > en && es > fr ? PageLanguage.ES : PageLanguage.EN;
    }

    private static int count(String text, String letters) {
        return (int) text.chars().filter(c -> letters.indexOf(c) >= 0).count();
    }
}
