package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;

/** Turns what a layout found on one page into a {@link PageResult}: the project page and its problems. */
final class PageAssembler {
    private final CodeLists codes;
    private final Function<String, List<CountryRef>> countries;

    PageAssembler(CodeLists codes, Function<String, List<CountryRef>> countries) {
        this.codes = codes;
        this.countries = countries;
    }

    PageResult assemble(PageText text, Scan scan) {
        String source = text.source().path();
        List<Problem> problems = new ArrayList<>(text.problems());
        problems.addAll(scan.problems());
        if (scan.title() == null) {
            problems.add(Problem.error(source, 0, Field.TITLE, null, "the page has no title"));
            return new PageResult(source, Optional.empty(), problems);
        }
        if (scan.entries().isEmpty()) {
            problems.add(Problem.error(
                    source,
                    scan.title().number(),
                    Field.PAGE,
                    null,
                    "no project fields found: no label, value or beneficiary line was recognised (read as "
                            + scan.layout().name().toLowerCase(java.util.Locale.ROOT)
                            + " layout after trying the bullet, iom.int and old-site layouts)"));
        }
        Map<Field, Scan.Entry> fields = fields(scan.entries(), source, problems);
        FieldValues v = new FieldValues(source, codes, fields);
        String projectId = v.projectId();
        Integer start = v.year(Field.START_YEAR);
        Integer end = v.year(Field.END_YEAR);
        v.checkYearOrder(start, end);
        List<String> description = Description.lines(text.lines(), scan.descriptionFrom());
        labelsInDescription(text.lines(), scan, source).ifPresent(problems::add);
        Map<Field, Integer> lines = new EnumMap<>(Field.class);
        lines.put(Field.TITLE, scan.title().number());
        fields.keySet().forEach(f -> lines.put(f, v.line(f)));
        Description.firstLine(text.lines(), scan.descriptionFrom()).ifPresent(n -> lines.put(Field.DESCRIPTION, n));
        ProjectPage page = new ProjectPage(
                text.source(),
                scan.layout(),
                lang(scan),
                scan.title().trimmed(),
                new ProjectValues(
                        v.primaId(),
                        projectId,
                        v.typeCode(projectId),
                        v.text(Field.TYPE),
                        v.typeKnown(),
                        lang(scan),
                        v.status(),
                        start,
                        end,
                        v.year(Field.FUNDING_YEAR),
                        v.budget(),
                        v.coverage(),
                        v.region(),
                        v.regionCode(),
                        countries(fields.get(Field.COUNTRIES), source, problems)),
                description,
                Description.truncated(description),
                lines);
        problems.addAll(v.problems);
        return new PageResult(source, Optional.of(page), problems);
    }

    /**
     * An ERROR when field labels were left in the description: the layout was not understood (a page saved in a
     * shape no layout reads), so its fields were not read and its description holds them. Publishing it would
     * publish a project without its values and a description made of them.
     */
    private static Optional<Problem> labelsInDescription(List<PageLine> lines, Scan scan, String source) {
        List<PageLine> labels = Description.labels(lines, scan.descriptionFrom());
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = labels.stream().map(PageLine::trimmed).distinct().toList();
        return Optional.of(Problem.error(
                source,
                labels.get(0).number(),
                Field.DESCRIPTION,
                String.join(", ", names),
                "field labels in the description: the page was not understood as "
                        + scan.layout().name().toLowerCase(java.util.Locale.ROOT)
                        + " layout, and the fields they label were not read (" + labels.size()
                        + " label lines)"));
    }

    /**
     * One entry per field, in page order. The Spanish "Tipo de proyecto" label stands for the status when its
     * value is a status, for the type when it is a type; an empty or unknown value is the status when another
     * such label follows (the order of the pages), else the type. Any other repeated field is reported and
     * its first value kept.
     */
    private Map<Field, Scan.Entry> fields(List<Scan.Entry> entries, String source, List<Problem> problems) {
        Map<Field, Scan.Entry> fields = new EnumMap<>(Field.class);
        for (int i = 0; i < entries.size(); i++) {
            Scan.Entry e = entries.get(i);
            if (e.label() != null && e.label().ambiguous()) {
                e = e.as(isStatus(e, entries.subList(i + 1, entries.size())) ? Field.STATUS : Field.TYPE);
            }
            if (fields.containsKey(e.field())) {
                problems.add(Problem.warning(
                        source,
                        e.line(),
                        e.field(),
                        e.value(),
                        "field repeated: the first value (line "
                                + fields.get(e.field()).valueLine() + ") is kept"));
            } else {
                fields.put(e.field(), e);
            }
        }
        return fields;
    }

    private boolean isStatus(Scan.Entry e, List<Scan.Entry> rest) {
        String value = e.value();
        if (codes.notation(CodeScheme.STATUS, value).isPresent()) {
            return true;
        }
        if (codes.notation(CodeScheme.PROJECT_TYPE, value).isPresent()) {
            return false;
        }
        return rest.stream().anyMatch(r -> r.label() != null && r.label().ambiguous());
    }

    /** Each value line split by the gazetteer; duplicates dropped, unresolved names kept; both reported. */
    private List<CountryRef> countries(Scan.Entry entry, String source, List<Problem> problems) {
        if (entry == null) {
            return List.of();
        }
        List<CountryRef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PageLine line : entry.values()) {
            if (line.isBlank()) {
                continue;
            }
            for (CountryRef ref : countries.apply(line.trimmed())) {
                if (!seen.add(ref.code())) {
                    problems.add(Problem.warning(
                            source,
                            line.number(),
                            Field.COUNTRIES,
                            ref.asWritten(),
                            "country named twice: the repetition is dropped"));
                } else {
                    if (!ref.resolved()) {
                        problems.add(Problem.warning(
                                source,
                                line.number(),
                                Field.COUNTRIES,
                                ref.asWritten(),
                                "unknown country name (kept as written, not linked)"));
                    }
                    out.add(ref);
                }
            }
        }
        return out;
    }

    /** The language most of the page's language-specific labels are in; else guessed from the title. */
    private static PageLanguage lang(Scan scan) {
        Map<PageLanguage, Integer> votes = new EnumMap<>(PageLanguage.class);
        for (Scan.Entry e : scan.entries()) {
            if (e.label() != null && e.label().lang() != null) {
                votes.merge(e.label().lang(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseGet(() -> LangGuess.of(scan.title().trimmed()));
    }
}
