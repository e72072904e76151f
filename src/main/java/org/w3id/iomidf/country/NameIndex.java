package org.w3id.iomidf.country;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every name a country is known by, with where the name comes from, resolved into a {@link NameTrie}.
 *
 * <p>Rule for a name claimed by several countries: the claims from the most authoritative source win
 * (UN short names, then other table and CLDR names, then the bundled variant names, then names known to
 * have no current country); if that source names two countries, the name is ambiguous and resolves to
 * nothing (it is still read as one name, so it is reported rather than split or guessed).
 */
final class NameIndex {

    /** Where a name comes from, least authoritative first. */
    enum Source {
        NO_CODE,
        VARIANT,
        OTHER,
        UN_SHORT
    }

    /** Stands for "no current country" among the claims (historical names). */
    private static final String NONE = "";

    private final Map<List<String>, EnumMap<Source, Set<String>>> claims = new HashMap<>();

    /** Adds a name for a country (alpha-3), or for no current country (null, with {@link Source#NO_CODE}). */
    void add(String name, String alpha3, Source source) {
        if (name == null || name.isBlank()) {
            return;
        }
        for (List<String> key : NameKey.forms(name)) {
            claims.computeIfAbsent(key, k -> new EnumMap<>(Source.class))
                    .computeIfAbsent(source, s -> new TreeSet<>())
                    .add(alpha3 == null ? NONE : alpha3);
        }
    }

    /** The country a name resolves to under the claims so far, or null (unknown, ambiguous or historical). */
    String resolve(String name) {
        EnumMap<Source, Set<String>> byKey = claims.get(NameKey.withoutTrailingCommas(NameKey.words(name)));
        return byKey == null ? null : decide(byKey);
    }

    /** Names that resolve to nothing because the winning source gives them to several countries. */
    Map<String, Set<String>> ambiguous() {
        Map<String, Set<String>> result = new TreeMap<>();
        claims.forEach((key, byKey) -> {
            Set<String> winners = winners(byKey);
            if (winners.size() > 1) {
                result.put(String.join(" ", key), winners);
            }
        });
        return result;
    }

    NameTrie build() {
        NameTrie trie = new NameTrie();
        claims.forEach((key, byKey) -> trie.put(key, decide(byKey)));
        return trie;
    }

    private static String decide(EnumMap<Source, Set<String>> byKey) {
        Set<String> winners = winners(byKey);
        String only = winners.size() == 1 ? winners.iterator().next() : NONE;
        return only.equals(NONE) ? null : only;
    }

    private static Set<String> winners(EnumMap<Source, Set<String>> byKey) {
        // an EnumMap iterates its keys in declaration order: the last one is the most authoritative
        return byKey.entrySet().stream()
                .reduce((low, high) -> high)
                .orElseThrow()
                .getValue();
    }
}
