package org.w3id.iomidf.map;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/** The beneficiaries of a merged project: the union over its pages, and a report of the pages that differ. */
final class Beneficiaries {
    private Beneficiaries() {}

    /** @param ordered pages in precedence order; the union keeps the first mention of each country */
    static List<CountryRef> union(List<ProjectPage> ordered, List<Problem> problems) {
        Map<String, CountryRef> union = new LinkedHashMap<>();
        for (ProjectPage page : ordered) {
            page.values().countries().forEach(c -> union.putIfAbsent(c.code(), c));
        }
        List<ProjectPage> differing = ordered.stream()
                .filter(p -> !p.values().countries().isEmpty())
                .filter(p -> !codes(p.values().countries()).equals(union.keySet()))
                .toList();
        if (!differing.isEmpty()) {
            StringBuilder message = new StringBuilder("pages of one project name different beneficiaries: ")
                    .append("published the union ")
                    .append(union.keySet());
            ordered.stream().filter(p -> !p.values().countries().isEmpty()).forEach(p -> message.append("; ")
                    .append(p.source().path())
                    .append(" names ")
                    .append(codes(p.values().countries())));
            ProjectPage first = differing.get(0);
            problems.add(Problem.warning(
                    first.source().path(),
                    first.lineOf(Field.COUNTRIES),
                    Field.COUNTRIES,
                    String.join(" ", codes(first.values().countries())),
                    message.toString()));
        }
        return List.copyOf(union.values());
    }

    private static Set<String> codes(List<CountryRef> countries) {
        return countries.stream().map(CountryRef::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
