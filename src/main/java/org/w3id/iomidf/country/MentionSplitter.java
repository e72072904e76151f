package org.w3id.iomidf.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.iomidf.record.CountryRef;

/**
 * Splits a beneficiary line into country mentions: names are joined by single spaces with no delimiter,
 * so the line is read left to right, taking at each piece the longest known name that ends on a piece
 * boundary. Pieces no name covers are kept together, as written, as one unresolved mention.
 */
final class MentionSplitter {

    /** Words that only join names ("Armenia and Georgia"): dropped when they stand alone between names. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "et", "y", "e");

    private final NameTrie names;

    MentionSplitter(NameTrie names) {
        this.names = names;
    }

    List<CountryRef> split(String text) {
        Pieces pieces = Pieces.of(text);
        List<String> words = pieces.words();
        List<CountryRef> mentions = new ArrayList<>();
        int unmatchedFrom = -1;
        int i = 0;
        while (i < words.size()) {
            NameTrie.Match match = words.get(i).equals(NameKey.COMMA) ? null : matchAt(pieces, i);
            if (match == null && !words.get(i).equals(NameKey.COMMA)) {
                unmatchedFrom = unmatchedFrom < 0 ? i : unmatchedFrom;
                i = pieces.endOfPiece(i);
                continue;
            }
            addUnmatched(pieces, unmatchedFrom, i, mentions);
            unmatchedFrom = -1;
            if (match == null) {
                i++;
            } else {
                mentions.add(new CountryRef(pieces.text(i, match.end()), match.alpha3()));
                i = match.end();
            }
        }
        addUnmatched(pieces, unmatchedFrom, words.size(), mentions);
        return mentions;
    }

    /** The longest name at word i, also when it follows an article ("la Turquie", "l'Afghanistan"). */
    private NameTrie.Match matchAt(Pieces pieces, int i) {
        List<String> words = pieces.words();
        NameTrie.Match match = names.longest(words, i, pieces::mayEndAt);
        if (match == null && NameKey.ARTICLES.contains(words.get(i)) && i + 1 < words.size()) {
            match = names.longest(words, i + 1, pieces::mayEndAt);
        }
        return match;
    }

    private static void addUnmatched(Pieces pieces, int from, int to, List<CountryRef> mentions) {
        if (from < 0 || from >= to) {
            return;
        }
        boolean onlyJoiners = pieces.words().subList(from, to).stream()
                .allMatch(w -> CONJUNCTIONS.contains(w) || w.equals(NameKey.COMMA));
        String written = pieces.text(from, to);
        if (!onlyJoiners && !written.isEmpty()) {
            mentions.add(new CountryRef(written, null));
        }
    }
}
