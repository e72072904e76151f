package org.w3id.iomidf.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Lang;
import org.w3id.iomidf.record.Layout;

/**
 * Decides the pages of one project (languages, layouts) and what each prints: labels present, missing or
 * empty, the label spellings, the disagreements between languages, and the truth that follows from what is
 * printed. A value is never borrowed from another page of the project: each page's truth is its own text.
 */
final class PageDrafter {
    /** The end year French and Spanish pages of many old projects show instead of the real one. */
    static final int BULK_END_YEAR = 2024;

    /**
     * One page to write for a project: its language, layout, whether every value is left empty and whether
     * it is saved as HTML rather than as text.
     */
    record Slot(Lang lang, Layout layout, boolean hollow, boolean html) {
        Slot(Lang lang, Layout layout, boolean hollow) {
            this(lang, layout, hollow, false);
        }
    }

    private final SplittableRandom rng;
    private final CodeLabels codes;

    PageDrafter(SplittableRandom rng, CodeLabels codes) {
        this.rng = rng;
        this.codes = codes;
    }

    /** The project's pages: one per language, and now and then an old-site copy of its English page. */
    List<Slot> plan(Project p) {
        List<Slot> slots = new ArrayList<>();
        for (Lang lang : p.langs()) {
            int draw = rng.nextInt(100);
            boolean devfund = lang == Lang.EN && p.projectId() != null && draw < 10;
            slots.add(devfund ? new Slot(lang, Layout.DEVFUND, false)
                    : draw < 15 ? new Slot(lang, Layout.DEGENERATE, false)
                    : draw < 19 ? new Slot(lang, Layout.BULLET, true)
                    : draw < 62 ? new Slot(lang, Layout.BULLET, false)
                    : new Slot(lang, Layout.SITE, false, draw >= 94));
        }
        if (p.langs().contains(Lang.EN) && p.projectId() != null && rng.nextInt(12) == 0
                && slots.stream().noneMatch(s -> s.layout() == Layout.DEVFUND)) {
            slots.add(new Slot(Lang.EN, Layout.DEVFUND, false));
        }
        return slots;
    }

    /** The page {@code slot} of project {@code p}, once {@link #fit} to its defect, if any. */
    PageDraft draft(Project p, Slot slot, String file, Broken broken) {
        Lang lang = slot.lang();
        List<String> names = new ArrayList<>();
        List<String> codes3 = new ArrayList<>();
        beneficiaries(p, lang, broken, names, codes3);
        Map<Field, String> written = slot.layout() == Layout.DEGENERATE ? new EnumMap<>(Field.class)
                : slot.layout() == Layout.DEVFUND ? devfund(p)
                : slot.hollow() ? hollow(p, lang) : labelled(p, lang, broken);
        if (broken == Broken.UNKNOWN_COUNTRY || slot.layout() == Layout.DEGENERATE) {
            written.put(Field.COUNTRIES, "countries");
        }
        if (written.containsKey(Field.COUNTRIES) && !written.get(Field.COUNTRIES).isEmpty()) {
            written.put(Field.COUNTRIES, String.join(" ", names));
        } else {
            names.clear();
            codes3.clear();
        }
        boolean truncated = rng.nextInt(4) == 0;
        List<String> description = Prose.description(rng, p.title(), lang,
                p.countries().get(0).names().get(lang), truncated);
        String title = broken == Broken.NO_TITLE ? null : Prose.title(p.title(), lang, titleNames(p, lang));
        boolean blank = slot.layout() == Layout.BULLET ? rng.nextInt(10) < 7 : slot.layout() == Layout.DEGENERATE;
        Lang chrome = slot.layout() == Layout.SITE ? lang
                : slot.layout() == Layout.DEVFUND ? new Lang[] {null, Lang.EN, Lang.FR}[rng.nextInt(3)] : null;
        Truth truth = TruthRule.of(file, p, slot, title, written, codes3, description, truncated, broken);
        return new PageDraft(file, slot.layout(), chrome, title, written, names, description, blank, slot.html(),
                broken, truth);
    }

    /**
     * The beneficiaries as the page prints them, with their codes: names in the page's language (French
     * pages sometimes use English names), apostrophes in either style, now and then a name twice, and on
     * pages broken that way a name no reader can resolve.
     */
    private void beneficiaries(Project p, Lang lang, Broken broken, List<String> names, List<String> codes) {
        for (Country c : p.countries()) {
            String name = c.names().get(lang == Lang.FR && rng.nextInt(10) == 0 ? Lang.EN : lang);
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

    /** The fields of a bullet or site page: each may be missing or empty; French and Spanish pages disagree. */
    private Map<Field, String> labelled(Project p, Lang lang, Broken broken) {
        Map<Field, String> w = new EnumMap<>(Field.class);
        boolean bulk = lang != Lang.EN && p.endYear() < 2020;
        w.put(Field.START_YEAR, String.valueOf(p.startYear()));
        w.put(Field.END_YEAR, String.valueOf(bulk && rng.nextBoolean() ? BULK_END_YEAR : p.endYear()));
        w.put(Field.STATUS, label(CodeLabels.STATUS, p.status().code(), lang));
        w.put(Field.TYPE, typeLabel(p, lang));
        w.put(Field.BUDGET, p.budget() + ".00");
        w.put(Field.COVERAGE, label(CodeLabels.COVERAGE, p.coverage().code(), Lang.EN));
        w.put(Field.FUNDING_YEAR, String.valueOf(p.fundingYear()));
        w.put(Field.REGION, label(CodeLabels.REGION, p.region(), lang));
        w.put(Field.PRIMA_ID, p.primaId() == null ? "" : p.primaId());
        w.put(Field.PROJECT_ID, p.projectId() == null ? "" : p.projectId());
        w.put(Field.COUNTRIES, "countries");
        for (Field f : FieldLabels.ORDER) {
            int draw = rng.nextInt(100);
            boolean sparse = bulk && (f == Field.START_YEAR || f == Field.FUNDING_YEAR);
            if (w.get(f).isEmpty()) {
                if (draw < 75) {
                    w.remove(f);
                }
            } else if (draw < 5 || sparse && draw < 50) {
                w.remove(f);
            } else if (draw < 7) {
                w.put(f, "");
            }
        }
        return breakValues(w, p, broken);
    }

    private Map<Field, String> breakValues(Map<Field, String> w, Project p, Broken broken) {
        if (broken == Broken.BAD_BUDGET) {
            String[] bad = {"200.000,00", "to be confirmed", "1,00,000", "USD two hundred thousand"};
            w.put(Field.BUDGET, bad[rng.nextInt(bad.length)]);
        } else if (broken == Broken.END_BEFORE_START) {
            w.put(Field.START_YEAR, String.valueOf(p.startYear()));
            w.put(Field.END_YEAR, String.valueOf(p.startYear() - 1 - rng.nextInt(3)));
        }
        return w;
    }

    /** Every label printed, every value empty, except now and then the type and the beneficiaries. */
    private Map<Field, String> hollow(Project p, Lang lang) {
        Map<Field, String> w = new EnumMap<>(Field.class);
        for (Field f : FieldLabels.ORDER) {
            w.put(f, "");
        }
        if (rng.nextBoolean()) {
            w.remove(Field.PRIMA_ID);
        }
        if (rng.nextBoolean()) {
            w.put(Field.TYPE, typeLabel(p, lang));
        }
        if (rng.nextInt(5) > 0) {
            w.put(Field.COUNTRIES, "countries");
        }
        return w;
    }

    /** The old site's values, without labels, in its fixed order; the Prima ID and beneficiaries optional. */
    private Map<Field, String> devfund(Project p) {
        Map<Field, String> w = new EnumMap<>(Field.class);
        w.put(Field.REGION, label(CodeLabels.REGION, p.region(), Lang.EN));
        w.put(Field.PROJECT_ID, p.projectId());
        if (p.primaId() != null) {
            w.put(Field.PRIMA_ID, p.primaId());
        }
        w.put(Field.BUDGET, String.format(Locale.ROOT, "%,d", p.budget()));
        if (rng.nextInt(10) > 0) {
            w.put(Field.COUNTRIES, "countries");
        }
        w.put(Field.TYPE, typeLabel(p, Lang.EN));
        w.put(Field.COVERAGE, label(CodeLabels.COVERAGE, p.coverage().code(), Lang.EN));
        w.put(Field.STATUS, label(CodeLabels.STATUS, p.status().code(), Lang.EN));
        return w;
    }

    private String label(String scheme, String code, Lang lang) {
        return codes.labels(scheme, code, lang).get(0);
    }

    /** Mostly the preferred label (TC pages print the acronym), apostrophes in either style. */
    private String typeLabel(Project p, Lang lang) {
        List<String> labels = codes.labels(CodeLabels.TYPE, p.typeCode(), lang);
        String acronym = labels.stream().filter(l -> l.matches("[A-Z]+")).findFirst().orElse(null);
        String label = acronym != null && rng.nextInt(10) < 8 ? acronym
                : labels.get(rng.nextInt(10) < 8 ? 0 : rng.nextInt(labels.size()));
        return rng.nextBoolean() ? label.replace('\'', '’') : label.replace('’', '\'');
    }

    private static List<String> titleNames(Project p, Lang lang) {
        return p.countries().stream().limit(3).map(c -> c.names().get(lang)).toList();
    }
}
