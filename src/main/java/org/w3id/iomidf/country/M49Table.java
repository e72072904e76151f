package org.w3id.iomidf.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.w3id.iomidf.record.PageLanguage;

/**
 * The UN Statistics Division M49 table in English, French and Spanish: the source of the region
 * hierarchy, of the UN country names and of the codes every country is checked against.
 */
final class M49Table {

    /** One country or area as the M49 table gives it. */
    record Entry(
            String alpha2,
            String alpha3,
            String m49,
            Map<PageLanguage, String> names,
            String regionM49,
            String subRegionM49,
            String intermediateRegionM49,
            boolean ldc,
            boolean lldc,
            boolean sids) {}

    private static final String[][] LEVELS = {
        {"Global Code", "Global Name"},
        {"Region Code", "Region Name"},
        {"Sub-region Code", "Sub-region Name"},
        {"Intermediate Region Code", "Intermediate Region Name"},
    };

    private final Map<String, Entry> byAlpha3 = new TreeMap<>();
    private final Map<String, RegionDraft> regions = new TreeMap<>();

    private M49Table() {}

    static M49Table read() {
        M49Table table = new M49Table();
        Map<String, Map<PageLanguage, String>> names = new HashMap<>();
        for (PageLanguage lang : PageLanguage.values()) {
            for (CsvTable.Row row : CsvTable.read("/reference/unsd-m49-" + lang.tag() + ".csv")) {
                table.addRegions(row, lang);
                String alpha3 = row.get("ISO-alpha3 Code");
                names.computeIfAbsent(alpha3, k -> new EnumMap<>(PageLanguage.class))
                        .put(lang, row.get("Country or Area"));
                if (lang == PageLanguage.EN) {
                    table.byAlpha3.put(alpha3, entry(row, null));
                } else {
                    table.checkSameCodes(row);
                }
            }
        }
        table.byAlpha3.replaceAll((alpha3, e) -> withNames(e, names.get(alpha3)));
        return table;
    }

    Map<String, Entry> entries() {
        return byAlpha3;
    }

    List<M49Region> regions() {
        List<M49Region> result = new ArrayList<>();
        regions.forEach((code, draft) -> result.add(new M49Region(code, draft.level, draft.names(), draft.parent)));
        result.sort(Comparator.comparing(M49Region::m49));
        return List.copyOf(result);
    }

    private static Entry entry(CsvTable.Row row, Map<PageLanguage, String> names) {
        String alpha3 = row.get("ISO-alpha3 Code");
        String m49 = code(row, "M49 Code");
        if (alpha3.isEmpty() || m49 == null) {
            throw row.corrupt("country row without an alpha-3 or an M49 code", null);
        }
        return new Entry(
                row.get("ISO-alpha2 Code"),
                alpha3,
                m49,
                names,
                code(row, "Region Code"),
                code(row, "Sub-region Code"),
                code(row, "Intermediate Region Code"),
                flag(row, "Least Developed Countries (LDC)"),
                flag(row, "Land Locked Developing Countries (LLDC)"),
                flag(row, "Small Island Developing States (SIDS)"));
    }

    private static Entry withNames(Entry e, Map<PageLanguage, String> names) {
        if (names == null || names.size() != PageLanguage.values().length) {
            throw new IllegalStateException("reference table /reference/unsd-m49-*.csv: " + e.alpha3()
                    + " is not named in all three languages");
        }
        return new Entry(
                e.alpha2(),
                e.alpha3(),
                e.m49(),
                names,
                e.regionM49(),
                e.subRegionM49(),
                e.intermediateRegionM49(),
                e.ldc(),
                e.lldc(),
                e.sids());
    }

    /** The French and Spanish tables must give the same codes as the English one. */
    private void checkSameCodes(CsvTable.Row row) {
        Entry english = byAlpha3.get(row.get("ISO-alpha3 Code"));
        Entry other = entry(row, null);
        if (english == null || !english.equals(other)) {
            throw row.corrupt("codes differ from /reference/unsd-m49-en.csv for " + other.alpha3(), null);
        }
    }

    private void addRegions(CsvTable.Row row, PageLanguage lang) {
        String parent = null;
        for (int depth = 0; depth < LEVELS.length; depth++) {
            String code = code(row, LEVELS[depth][0]);
            if (code == null) {
                continue;
            }
            M49Region.Level level = M49Region.Level.values()[depth];
            regions.computeIfAbsent(code, c -> new RegionDraft(level))
                    .merge(row, lang, row.get(LEVELS[depth][1]), parent, level);
            parent = code;
        }
    }

    /** A three-digit code (zero-padded, as some tables drop the zeros), or null for a blank cell. */
    static String code(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,3}")) {
            throw row.corrupt(column + " is not a numeric code: '" + value + "'", null);
        }
        return "000".substring(value.length()) + value;
    }

    private static boolean flag(CsvTable.Row row, String column) {
        String value = row.get(column);
        if (!value.isEmpty() && !value.equalsIgnoreCase("x")) {
            throw row.corrupt("flag " + column + " is neither blank nor x: '" + value + "'", null);
        }
        return !value.isEmpty();
    }

    /**
     * A region seen on one or more rows. Every row must agree on its level and parent; the rows may
     * spell its name differently (the Taiwan row of the French table says "Asie de l'Est" where the
     * others say "Asie orientale"), so the name most rows use is taken.
     */
    private static final class RegionDraft {
        final M49Region.Level level;
        final Map<PageLanguage, Map<String, Integer>> nameCounts = new EnumMap<>(PageLanguage.class);
        String parent;
        boolean seen;

        RegionDraft(M49Region.Level level) {
            this.level = level;
        }

        void merge(CsvTable.Row row, PageLanguage lang, String name, String parentCode, M49Region.Level at) {
            if ((seen && !Objects.equals(parent, parentCode)) || at != level || name.isEmpty()) {
                throw row.corrupt("region '" + name + "' is placed inconsistently or unnamed", null);
            }
            nameCounts.computeIfAbsent(lang, l -> new HashMap<>()).merge(name, 1, Integer::sum);
            parent = parentCode;
            seen = true;
        }

        Map<PageLanguage, String> names() {
            Map<PageLanguage, String> names = new EnumMap<>(PageLanguage.class);
            nameCounts.forEach((lang, counts) -> names.put(
                    lang,
                    counts.entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(Map.Entry.comparingByKey()))
                            .orElseThrow()
                            .getKey()));
            return names;
        }
    }
}
