package org.w3id.iomidf.country;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.record.CountryRef;

/**
 * The countries and UN M49 regions the publisher links to, and the resolution of country names as pages
 * write them. Built once at start-up from the reference tables on the classpath ({@code /reference/}):
 * the UN M49 table in English, French and Spanish, the country code table, plus a bundled list of common
 * and historical names that points into those tables (it holds no codes of its own).
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load();
 * gazetteer.split("Belice Costa Rica República Dominicana (la)");  // BLZ, CRI, DOM
 * gazetteer.lookup("Moldavie");                                    // MDA
 * }</pre>
 *
 * <p>Names match whatever their case, accents, apostrophes, dashes and articles, in all three languages
 * at once. A name the tables give to two countries resolves by {@link NameIndex}'s rule; a historical
 * name ("Serbia and Montenegro") is read as one unresolved mention, never split or guessed.
 */
public final class Gazetteer {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

    private final Map<String, Country> byAlpha3;
    private final List<Country> countries;
    private final List<M49Region> regions;
    private final NameTrie names;

    private Gazetteer(List<Country> countries, List<M49Region> regions, NameTrie names) {
        this.countries =
                countries.stream().sorted(Comparator.comparing(Country::alpha3)).toList();
        this.byAlpha3 =
                this.countries.stream().collect(Collectors.toUnmodifiableMap(Country::alpha3, Function.identity()));
        this.regions = regions;
        this.names = names;
    }

    /**
     * Reads the reference tables.
     *
     * @throws IllegalStateException naming the table, when a table is missing, corrupt or disagrees with another
     */
    public static Gazetteer load() {
        long start = System.nanoTime();
        M49Table m49 = M49Table.read();
        NameIndex index = new NameIndex();
        List<Country> countries = CountryTable.read(m49, index);
        VariantNames.addTo(index);
        Gazetteer gazetteer = new Gazetteer(countries, m49.regions(), index.build());
        LOG.info(
                "Gazetteer: {} countries, {} M49 regions, {} ambiguous names, loaded in {} ms",
                countries.size(),
                gazetteer.regions.size(),
                index.ambiguous().size(),
                (System.nanoTime() - start) / 1_000_000);
        LOG.debug("Ambiguous names, left unresolved: {}", index.ambiguous());
        return gazetteer;
    }

    public Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : byAlpha3.get(alpha3));
    }

    /** The country one name denotes, in any of the three languages; empty if unknown, ambiguous or historical. */
    public Optional<Country> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> words = NameKey.withoutTrailingCommas(NameKey.words(name));
        NameTrie.Match match = words.isEmpty() ? null : names.exact(words);
        if (match == null && words.size() > 1 && NameKey.ARTICLES.contains(words.get(0))) {
            match = names.exact(words.subList(1, words.size()));
        }
        return match == null ? Optional.empty() : byAlpha3(match.alpha3());
    }

    /**
     * The country mentions of a space-joined beneficiary line, in page order, duplicates kept; text no
     * name covers comes back as one unresolved mention per run, as written. Blank text gives no mention.
     */
    public List<CountryRef> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new MentionSplitter(names).split(text);
    }

    /** The countries of the mentions resolved to one, in order; unresolved mentions are left out. */
    public List<Country> resolved(List<CountryRef> mentions) {
        return mentions.stream()
                .filter(CountryRef::resolved)
                .map(c -> byAlpha3(c.alpha3()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every country and area of the tables, sorted by alpha-3 code. */
    public List<Country> countries() {
        return countries;
    }

    /** The M49 regions: World (001), regions, sub-regions and intermediate regions, sorted by code. */
    public List<M49Region> regions() {
        return regions;
    }
}
