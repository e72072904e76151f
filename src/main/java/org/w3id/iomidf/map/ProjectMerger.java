package org.w3id.iomidf.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;

/**
 * Second pass: merges the pages of one project (a {@link ProjectGroup}) into the one resource that is published.
 *
 * <p>Precedence rule, field by field: the value comes from the first page that (1) has a value for the field,
 * (2) is in English, then French, then Spanish, (3) has a Prima ID, (4) comes first by path. English is the
 * IOM Development Fund's working language and its pages are the maintained ones: French and Spanish pages show
 * a bulk end year (such as 2024) for many old projects. A page with a Prima ID comes from the current site. The
 * project type (code and label) is taken from one page. The IDF region is compared by the concept its label names.
 * Every page keeps its own values in its provenance; each field on which another page gives a different value is
 * reported as one WARNING naming the published value and page and every differing page and value.
 *
 * <p>Beneficiaries are the union over all pages, in precedence order: a country named on any page is a claim of
 * the source, and a missing one is more often an omission than a denial. Pages whose (non-empty) list differs
 * from the union are reported. Titles and descriptions are kept per language; where two pages in one language
 * give different titles, the one by rule (3)-(4) is kept and the other reported.
 *
 * <pre>{@code
 * MergedProject project = new ProjectMerger().merge(pagesOfOneGroup);
 * }</pre>
 */
public final class ProjectMerger {
    /** The precedence rule as quoted in conflict reports. */
    public static final String RULE =
            "first page having the value, by language en > fr > es, then with a Prima ID," + " then by path";

    static final Comparator<ProjectPage> PRECEDENCE = Comparator.comparing(ProjectPage::lang)
            .thenComparing(p -> p.values().primaId() == null)
            .thenComparing(p -> p.source().name());

    public ProjectMerger() {}

    /** @param pages the pages of one project, in any order (at least one) */
    public MergedProject merge(List<ProjectPage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to merge");
        }
        List<ProjectPage> ordered = pages.stream().sorted(PRECEDENCE).toList();
        List<Problem> problems = new ArrayList<>();
        Chooser chooser = new Chooser(ordered, problems);
        ProjectPage typePage =
                chooser.page(p -> p.values().typeCode() != null || p.values().typeLabel() != null, ordered.get(0));
        chooser.check(Field.TYPE, (ProjectPage p) -> p.values().typeCode(), Function.identity());
        // Pages name the region in their own language: they agree when they name the same concept.
        Optional<ProjectPage> regionPage = chooser.check(
                        Field.REGION, (ProjectPage p) -> p.values().regionCode(), Function.identity())
                .or(() -> ordered.stream()
                        .filter(p -> p.values().region() != null)
                        .findFirst());
        ProjectValues values = new ProjectValues(
                chooser.pick(Field.PRIMA_ID, (ProjectPage p) -> p.values().primaId(), Function.identity()),
                chooser.pick(Field.PROJECT_ID, (ProjectPage p) -> p.values().projectId(), Function.identity()),
                typePage.values().typeCode(),
                typePage.values().typeLabel(),
                typePage.values().typeLabelKnown(),
                typePage.lang(),
                chooser.pick(Field.STATUS, (ProjectPage p) -> p.values().status(), Function.identity()),
                chooser.pick(Field.START_YEAR, (ProjectPage p) -> p.values().startYear(), Function.identity()),
                chooser.pick(Field.END_YEAR, (ProjectPage p) -> p.values().endYear(), Function.identity()),
                chooser.pick(Field.FUNDING_YEAR, (ProjectPage p) -> p.values().fundingYear(), Function.identity()),
                chooser.pick(Field.BUDGET, (ProjectPage p) -> p.values().budgetUsd(), BigDecimal::stripTrailingZeros),
                chooser.pick(Field.COVERAGE, (ProjectPage p) -> p.values().coverage(), Function.identity()),
                regionPage.map((ProjectPage p) -> p.values().region()).orElse(null),
                regionPage.map((ProjectPage p) -> p.values().regionCode()).orElse(null),
                Beneficiaries.union(ordered, problems));
        LanguageTexts texts = LanguageTexts.of(ordered, problems);
        return new MergedProject(
                keyOf(values, ordered), values, texts.titles(), texts.descriptions(), ordered, problems);
    }

    private static String keyOf(ProjectValues values, List<ProjectPage> ordered) {
        return Optional.ofNullable(values.primaId())
                .or(() -> Optional.ofNullable(values.projectId()))
                .orElseGet(() -> IriMinter.titleKey(ordered.get(0).title()));
    }

    /** Picks a field's value by precedence and reports the pages that differ from it. */
    private record Chooser(List<ProjectPage> ordered, List<Problem> problems) {
        ProjectPage page(Predicate<ProjectPage> has, ProjectPage otherwise) {
            return ordered.stream().filter(has).findFirst().orElse(otherwise);
        }

        <T> T pick(Field field, Function<ProjectPage, T> get, Function<? super T, ?> identity) {
            return check(field, get, identity).map(get).orElse(null);
        }

        <T> Optional<ProjectPage> check(Field field, Function<ProjectPage, T> get, Function<? super T, ?> identity) {
            Optional<ProjectPage> chosen =
                    ordered.stream().filter(p -> get.apply(p) != null).findFirst();
            chosen.ifPresent(c -> report(field, c, get, identity));
            return chosen;
        }

        private <T> void report(
                Field field, ProjectPage chosen, Function<ProjectPage, T> get, Function<? super T, ?> identity) {
            Object published = identity.apply(get.apply(chosen));
            List<ProjectPage> differing = ordered.stream()
                    .filter(p -> get.apply(p) != null)
                    .filter(p -> !published.equals(identity.apply(get.apply(p))))
                    .toList();
            if (differing.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder("pages of one project disagree on ")
                    .append(field.key())
                    .append(": published '")
                    .append(get.apply(chosen))
                    .append("' from ")
                    .append(chosen.source().path())
                    .append(" (rule: ")
                    .append(RULE)
                    .append(")");
            differing.forEach(p -> message.append("; ")
                    .append(p.source().path())
                    .append(" has '")
                    .append(get.apply(p))
                    .append("'"));
            ProjectPage first = differing.get(0);
            problems.add(Problem.warning(
                    first.source().path(),
                    first.lineOf(field),
                    field,
                    String.valueOf(get.apply(first)),
                    message.toString()));
        }
    }
}
