package org.w3id.iomidf.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Status;
import org.w3id.iomidf.source.CodeLists;

/**
 * Draws projects one after the other from one random source: types from the code lists, beneficiaries
 * from the reference country table (mostly from one IDF region), years, budgets and identifiers in the
 * shapes real pages show. Every identifier is drawn once: pages of two projects never share a Prima ID, a
 * project ID or a title (a page may leave its project's IDs out, and the publisher then rightly takes pages of
 * one title for pages of one project), so a title that would repeat gets a phase. When an ID format runs out
 * at large scale (10,000 project IDs per type, 20,000 Prima IDs per office), later projects go without it, as
 * older real pages do. Memory grows with the number of distinct titles only (tens of bytes each).
 */
final class ProjectDraw {
    /** Years pages say the current projects run to; projects ending later are still active. */
    private static final int NOW = 2025;
    /** Prima IDs an office can number: 10P0000 to 10P9999, then 99P0000 to 99P9999. */
    private static final int PRIMA_PER_OFFICE = 20_000;
    /** Legacy IDs there are: a letter, two digits, three digits. */
    private static final long LEGACY_IDS = 26L * 100 * 1000;
    /** A prime that does not divide {@link #LEGACY_IDS}: the walk's step. */
    private static final long LEGACY_STEP = 1_000_003L;

    private static final List<List<PageLanguage>> LANG_SETS = List.of(
            List.of(PageLanguage.EN, PageLanguage.FR),
            List.of(PageLanguage.EN, PageLanguage.ES),
            List.of(PageLanguage.EN, PageLanguage.FR, PageLanguage.ES),
            List.of(PageLanguage.FR, PageLanguage.ES));

    private final SplittableRandom rng;
    private final List<String> types;
    private final Map<String, List<Country>> byRegion;
    private final List<String> regions;
    private final Map<String, Integer> primaCounters = new HashMap<>();
    private final Map<String, Integer> idCounters = new HashMap<>();
    /** Projects so far per title (pattern, topic, places): later ones get a phase. */
    private final Map<String, Integer> titles = new HashMap<>();

    private int legacyCount;
    private int next;

    ProjectDraw(SplittableRandom rng, CodeLists codes, List<Country> countries) {
        this.rng = rng;
        this.types = codes.codes(CodeScheme.PROJECT_TYPE);
        this.byRegion = new TreeMap<>();
        Set<String> states = MemberStates.alpha3();
        for (Country c : countries) {
            String region = idfRegion(c);
            if (region != null
                    && states.contains(c.alpha3())
                    && c.names().keySet().containsAll(List.of(PageLanguage.values()))) {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(c);
            }
        }
        this.regions = List.copyOf(byRegion.keySet());
    }

    /**
     * The IDF region a country's projects are filed under: IDF regions are not M49 regions (North Africa
     * belongs to Africa, Oceania to Asia and Oceania). Countries of Northern America and Antarctica get none.
     */
    static String idfRegion(Country c) {
        if (c.regionM49() == null) {
            return null;
        }
        return switch (c.regionM49()) {
            case "002" -> "africa";
            case "142", "009" -> "asia-oceania";
            case "150" -> "europe";
            case "019" -> "419".equals(c.subRegionM49()) ? "latin-america-caribbean" : null;
            default -> null;
        };
    }

    Project next() {
        int number = next++;
        boolean legacy = rng.nextInt(12) == 0;
        int start = legacy ? 1998 + rng.nextInt(10) : 2009 + rng.nextInt(19);
        int end = start + rng.nextInt(4);
        int funding = start - rng.nextInt(3);
        String type = legacy && rng.nextBoolean() ? "TC" : types.get(rng.nextInt(types.size()));
        List<Country> countries = countries();
        Set<String> regionsOf = new LinkedHashSet<>();
        countries.forEach(c -> regionsOf.add(idfRegion(c)));
        Coverage coverage = countries.size() == 1
                ? Coverage.NATIONAL
                : regionsOf.size() > 1
                        ? (rng.nextInt(4) == 0 ? Coverage.GLOBAL : Coverage.MULTI_REGIONAL)
                        : Coverage.REGIONAL;
        String region = regionsOf.size() == 1 ? regionsOf.iterator().next() : "global";
        Status status = end >= NOW ? Status.ACTIVE : Status.COMPLETED;
        boolean noIds = !legacy && rng.nextInt(20) == 0;
        String primaId = legacy || noIds || start < 2010 ? null : prima(countries, coverage);
        String projectId = noIds ? null : legacy ? legacyId() : rng.nextInt(10) == 0 ? null : projectId(type);
        Prose.Title drawn = Prose.drawTitle(rng);
        Prose.Title title = drawn.phase(titles.merge(titleKey(drawn, countries), 1, Integer::sum));
        return new Project(
                number,
                type,
                status,
                start,
                end,
                funding,
                budget(legacy),
                coverage,
                region,
                countries,
                primaId,
                projectId,
                title,
                langs());
    }

    /** 1 to 14 distinct beneficiaries, over half of the projects with one; most from one IDF region. */
    private List<Country> countries() {
        int count = rng.nextInt(10) < 6 ? 1 : rng.nextInt(5) < 4 ? 2 + rng.nextInt(4) : 6 + rng.nextInt(9);
        Set<Country> picked = new LinkedHashSet<>();
        List<Country> home = byRegion.get(regions.get(rng.nextInt(regions.size())));
        while (picked.size() < count) {
            List<Country> pool = rng.nextInt(8) == 0 ? byRegion.get(regions.get(rng.nextInt(regions.size()))) : home;
            picked.add(pool.get(rng.nextInt(pool.size())));
        }
        return List.copyOf(picked);
    }

    private List<PageLanguage> langs() {
        int draw = rng.nextInt(100);
        return draw < 35
                ? List.of(PageLanguage.EN)
                : draw < 50
                        ? List.of(PageLanguage.FR)
                        : draw < 60 ? List.of(PageLanguage.ES) : LANG_SETS.get(rng.nextInt(LANG_SETS.size()));
    }

    /** Managing office letters (the first beneficiary's, or CH for headquarters), then 10P or 99P and a number. */
    private String prima(List<Country> countries, Coverage coverage) {
        String local = countries.get(0).alpha2();
        String office = coverage != Coverage.NATIONAL && rng.nextInt(3) == 0 ? "CH" : local;
        int n = primaCounters.merge(office, 1, Integer::sum);
        if (n >= PRIMA_PER_OFFICE && !office.equals(local)) {
            // Headquarters' numbers are used up: the country office manages it.
            office = local;
            n = primaCounters.merge(office, 1, Integer::sum);
        }
        if (n >= PRIMA_PER_OFFICE) {
            return null;
        }
        int series = n / 10_000 == 0 ? 10 : 99;
        return String.format(Locale.ROOT, "%s%dP%04d", office, series, n % 10_000);
    }

    private String projectId(String type) {
        int n = idCounters.merge(type, 1 + rng.nextInt(3), Integer::sum);
        return n < 10_000 ? String.format(Locale.ROOT, "%s.%04d", type, n) : null;
    }

    /**
     * A legacy ID like {@code V43-805}: the n-th one of a scrambled walk through all 2,600,000 of them (the
     * step is prime to their number, so none repeats before all are used).
     */
    private String legacyId() {
        long k = (legacyCount++ * LEGACY_STEP) % LEGACY_IDS;
        return String.format(
                Locale.ROOT, "%c%02d-%03d", (char) ('A' + (int) (k % 26)), (int) (k / 26 % 100), (int) (k / 2600));
    }

    /** What makes two titles print the same: their pattern and topic and the places they name. */
    private static String titleKey(Prose.Title title, List<Country> countries) {
        String places = countries.size() > 2
                ? countries.get(0).alpha3() + "+"
                : countries.stream().map(Country::alpha3).reduce("", (a, b) -> a + b);
        return title.pattern() + "/" + title.topic() + "/" + places;
    }

    private long budget(boolean legacy) {
        if (rng.nextInt(5) == 0) {
            return 20_000 + rng.nextInt(480_000);
        }
        return legacy ? 25_000L * (1 + rng.nextInt(6)) : 50_000L * (1 + rng.nextInt(10));
    }
}
