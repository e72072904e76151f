package org.w3id.iomidf.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names are compared: as lists of words, ignoring case, accents, apostrophe and dash styles and
 * punctuation. A comma is kept as a word of its own, so that "Serbia, Montenegro" (two countries) never
 * reads as "Serbia Montenegro" (one historical one); "&" reads as "and".
 */
final class NameKey {

    static final String COMMA = ",";
    /** Articles a name may start with, or carry in parentheses ("Afghanistan (l')", "la République ..."). */
    static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l", "el", "los", "las");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");

    private NameKey() {}

    /** The words of a text: "Côte d’Ivoire" and "cote d'ivoire" both give [cote, d, ivoire]. */
    static List<String> words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ø", "o");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            // modifier letters are apostrophes here ("Côte dʼIvoire"), not parts of a word
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
                word.append(c);
                continue;
            }
            flush(word, words);
            if (c == ',' || c == ';') {
                words.add(COMMA);
            } else if (c == '&') {
                words.add("and");
            }
        }
        flush(word, words);
        return words;
    }

    /**
     * The keys one name is known by: as written, without its parenthesised parts ("Bolivia (Plurinational
     * State of)" is also "Bolivia"), in the ISO order of such names ("Bolivia, Plurinational State of"),
     * and each of those without a leading article; trailing commas dropped.
     */
    static Set<List<String>> forms(String name) {
        Set<List<String>> forms = new LinkedHashSet<>();
        for (String variant : List.of(name, PARENTHESISED.matcher(name).replaceAll(" "), isoOrder(name))) {
            List<String> words = withoutTrailingCommas(words(variant));
            if (!words.isEmpty()) {
                forms.add(words);
                List<String> bare = withoutArticle(words);
                if (!bare.isEmpty()) {
                    forms.add(bare);
                }
            }
        }
        return forms;
    }

    /** "Bolivia (Plurinational State of)" as "Bolivia, Plurinational State of"; an article stays put. */
    private static String isoOrder(String name) {
        Matcher qualifier = TRAILING_QUALIFIER.matcher(name);
        if (!qualifier.find() || withoutArticle(words(qualifier.group(1))).isEmpty()) {
            return name;
        }
        return name.substring(0, qualifier.start()) + ", " + qualifier.group(1);
    }

    static List<String> withoutArticle(List<String> words) {
        return !words.isEmpty() && ARTICLES.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    }

    static List<String> withoutTrailingCommas(List<String> words) {
        int end = words.size();
        while (end > 0 && words.get(end - 1).equals(COMMA)) {
            end--;
        }
        return List.copyOf(words.subList(0, end));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
