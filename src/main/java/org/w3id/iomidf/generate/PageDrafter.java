package org.w3id.iomidf.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/**
 * Decides the pages of one project (languages, layouts) and what each prints: labels present, missing or
 * empty, the label spellings, the disagreements between languages, and the truth that follows from what is
 * printed. A value is never borrowed from another page of the project: each page's truth is its own text.
 */
final class PageDrafter {
    /**
     * One page to write for a project: its language, layout, whether every value is left empty and whether
     * it is saved as HTML rather than as text.
     */
    record Slot(PageLanguage lang, Layout layout, boolean hollow, boolean html) {
        Slot(PageLanguage lang, Layout layout, boolean hollow) {
            this(lang, layout, hollow, false);
        }
    }

    private final SplittableRandom rng;
    private final PrintedValues values;

    PageDrafter(SplittableRandom rng, CodeLists codes) {
        this.rng = rng;
        this.values = new PrintedValues(rng, codes);
    }

    /** The project's pages: one per language, and now and then an old-site copy of its English page. */
    List<Slot> plan(Project p) {
        List<Slot> slots = new ArrayList<>();
        for (PageLanguage lang : p.langs()) {
            int draw = rng.nextInt(100);
            boolean devfund = lang == PageLanguage.EN && p.projectId() != null && draw < 10;
            slots.add(
                    devfund
                            ? new Slot(lang, Layout.DEVFUND, false)
                            : draw < 15
                                    ? new Slot(lang, Layout.DEGENERATE, false)
                                    : draw < 19
                                            ? new Slot(lang, Layout.BULLET, true)
                                            : draw < 62
                                                    ? new Slot(lang, Layout.BULLET, false)
                                                    : new Slot(lang, Layout.SITE, false, draw >= 94));
        }
        if (p.langs().contains(PageLanguage.EN)
                && p.projectId() != null
                && rng.nextInt(12) == 0
                && slots.stream().noneMatch(s -> s.layout() == Layout.DEVFUND)) {
            slots.add(new Slot(PageLanguage.EN, Layout.DEVFUND, false));
        }
        return slots;
    }

    /** The page {@code slot} of project {@code p}, once {@link #fit} to its defect, if any. */
    PageDraft draft(Project p, Slot slot, String file, Broken broken) {
        PageLanguage lang = slot.lang();
        List<String> names = new ArrayList<>();
        List<String> codes3 = new ArrayList<>();
        beneficiaries(p, lang, broken, names, codes3);
        Map<Field, String> written = slot.layout() == Layout.DEGENERATE
                ? new EnumMap<>(Field.class)
                : slot.layout() == Layout.DEVFUND
                        ? values.devfund(p)
                        : slot.hollow() ? values.hollow(p, lang) : values.labelled(p, lang, broken);
        if (broken == Broken.UNKNOWN_COUNTRY || slot.layout() == Layout.DEGENERATE) {
            written.put(Field.COUNTRIES, PrintedValues.BENEFICIARIES);
        }
        if (written.containsKey(Field.COUNTRIES)
                && !written.get(Field.COUNTRIES).isEmpty()) {
            written.put(Field.COUNTRIES, String.join(" ", names));
        } else {
            names.clear();
            codes3.clear();
        }
        boolean truncated = rng.nextInt(4) == 0;
        List<String> description = Prose.description(
                rng, p.title(), lang, p.countries().get(0).names().get(lang), truncated);
        String title = broken == Broken.NO_TITLE ? null : Prose.title(p.title(), lang, titleNames(p, lang));
        boolean blank =
                switch (slot.layout()) {
                    case BULLET -> rng.nextInt(10) < 7;
                    case DEVFUND -> rng.nextBoolean();
                    default -> slot.layout() == Layout.DEGENERATE;
                };
        PageLanguage chrome = slot.layout() == Layout.SITE
                ? lang
                : slot.layout() == Layout.DEVFUND
                        ? new PageLanguage[] {null, PageLanguage.EN, PageLanguage.FR}[rng.nextInt(3)]
                        : null;
        Truth truth = TruthRule.of(file, p, slot, title, written, codes3, description, truncated, broken);
        return new PageDraft(
                file, slot.layout(), chrome, title, written, names, description, blank, slot.html(), broken, truth);
    }

    /**
     * The beneficiaries as the page prints them, with their codes: names in the page's language (French
     * pages sometimes use English names), apostrophes in either style, now and then a name twice, and on
     * pages broken that way a name no reader can resolve.
     */
    private void beneficiaries(Project p, PageLanguage lang, Broken broken, List<String> names, List<String> codes) {
        for (Country c : p.countries()) {
            String name = c.names().get(lang == PageLanguage.FR && rng.nextInt(10) == 0 ? PageLanguage.EN : lang);
            names.add(rng.nextBoolean() ? name.replace('’', '\'') : name.replace('\'', '’'));
            codes.add(c.alpha3());
        }
        if (broken == Broken.UNKNOWN_COUNTRY) {
            int at = rng.nextInt(names.size() + 1);
            String unknown = Unknown.name(rng, lang);
            names.add(at, unknown);
            codes.add(at, "?" + unknown);
        } else if (rng.nextInt(30) == 0) {
            int again = rng.nextInt(names.size());
            names.add(names.get(again));
            codes.add(codes.get(again));
        }
        Unknown.keepApart(names, codes);
    }

    /** Broken pages keep a layout in which their defect can be printed. */
    static Slot fit(Slot slot, Broken broken) {
        boolean labelled = slot.layout() == Layout.BULLET || slot.layout() == Layout.SITE;
        if (broken == Broken.NO_TITLE && (!labelled || slot.html())) {
            return new Slot(slot.lang(), Layout.BULLET, slot.hollow());
        }
        if ((broken == Broken.BAD_BUDGET || broken == Broken.END_BEFORE_START) && (!labelled || slot.hollow())) {
            return new Slot(slot.lang(), Layout.SITE, false);
        }
        return slot;
    }

    private static List<String> titleNames(Project p, PageLanguage lang) {
        return p.countries().stream().limit(3).map(c -> c.names().get(lang)).toList();
    }
}
