package org.w3id.iomidf.build;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectValues;

/**
 * Published projects that are likely one project published twice: pages of one project in two languages that
 * the grouping could not join because one of them carries no identifier (it is keyed by its title, which is
 * translated). A pair is reported when one project has no Prima ID and no project ID, the other has titles in
 * other languages only, both name the same (non-empty) set of beneficiary countries, at least one other value
 * (type, start, end or funding year, budget, coverage, IDF region) is the same on both and none differs where
 * both have one. They are reported, never merged: the site's links between the languages of a page say which
 * pages are one project, and a harvester that follows them merges by them.
 *
 * <p>Memory: one small sketch per published project that names a country (its key, languages, codes and values),
 * indexed by its set of countries.
 */
final class LikelyDuplicates {

    /** One reported pair: the project without identifiers, the other one, and why they look alike. */
    record Pair(String unidentified, String other, String reason) {}

    /** The little of a project the comparison needs. */
    private record Sketch(String key, Set<PageLanguage> langs, boolean identified, Map<String, String> values) {}

    private final Map<String, List<Sketch>> byCountries = new HashMap<>();

    /** Notes a published project. */
    void add(MergedProject project) {
        ProjectValues v = project.values();
        Set<String> codes = new TreeSet<>();
        v.countries().stream()
                .filter(CountryRef::resolved)
                .map(CountryRef::code)
                .forEach(codes::add);
        if (codes.isEmpty()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", v.typeCode());
        values.put("start year", text(v.startYear()));
        values.put("end year", text(v.endYear()));
        values.put("funding year", text(v.fundingYear()));
        values.put(
                "budget",
                v.budgetUsd() == null
                        ? null
                        : v.budgetUsd().stripTrailingZeros().toPlainString());
        values.put("coverage", v.coverage() == null ? null : v.coverage().code());
        values.put("IDF region", v.regionCode());
        Set<PageLanguage> langs = project.titles().isEmpty()
                ? EnumSet.noneOf(PageLanguage.class)
                : EnumSet.copyOf(project.titles().keySet());
        boolean identified = v.primaId() != null || v.projectId() != null;
        byCountries
                .computeIfAbsent(String.join(" ", codes), k -> new ArrayList<>())
                .add(new Sketch(project.key(), langs, identified, values));
    }

    /** The likely duplicates among the projects noted, by countries then in the order noted. */
    List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        byCountries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Sketch> same = e.getValue();
            for (int i = 0; i < same.size(); i++) {
                Sketch a = same.get(i);
                if (a.identified()) {
                    continue;
                }
                for (int j = 0; j < same.size(); j++) {
                    Sketch b = same.get(j);
                    // a pair of two projects without identifiers is reported once, the first noted first
                    if (i != j && (b.identified() || i < j)) {
                        reason(a, b, e.getKey()).ifPresent(r -> pairs.add(new Pair(a.key(), b.key(), r)));
                    }
                }
            }
        });
        return pairs;
    }

    private static Optional<String> reason(Sketch a, Sketch b, String countries) {
        if (a.langs().isEmpty() || b.langs().isEmpty() || a.langs().stream().anyMatch(b.langs()::contains)) {
            return Optional.empty();
        }
        List<String> same = new ArrayList<>();
        for (Map.Entry<String, String> e : a.values().entrySet()) {
            String theirs = b.values().get(e.getKey());
            if (e.getValue() != null && theirs != null) {
                if (!Objects.equals(e.getValue(), theirs)) {
                    return Optional.empty();
                }
                same.add(e.getKey() + " " + theirs);
            }
        }
        if (same.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("no identifier on the first; titles in " + langs(a) + " and in " + langs(b)
                + "; same beneficiaries " + countries + "; same " + String.join(", ", same)
                + "; no value differs");
    }

    private static String langs(Sketch s) {
        return String.join(
                ", ", s.langs().stream().map(PageLanguage::tag).sorted().toList());
    }

    private static String text(Integer year) {
        return year == null ? null : year.toString();
    }
}
