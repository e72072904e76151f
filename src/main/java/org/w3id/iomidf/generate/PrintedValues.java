package org.w3id.iomidf.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/**
 * What each field of a page prints, per layout: the labels of controlled values from the code lists (status
 * and region in the page's language, coverage untranslated, type labels in any of their spellings), budgets
 * as {@code 200000.00} or {@code 103,058}, and which fields are missing or empty. An empty string is a label
 * with an empty value; {@link #BENEFICIARIES} marks where the beneficiary names go.
 */
final class PrintedValues {
    /** Stands for the beneficiary names, which the drafter fills in. */
    static final String BENEFICIARIES = "<beneficiaries>";
    /** The end year French and Spanish pages of many old projects show instead of the real one. */
    static final int BULK_END_YEAR = 2024;

    private final SplittableRandom rng;
    private final CodeLists codes;

    PrintedValues(SplittableRandom rng, CodeLists codes) {
        this.rng = rng;
        this.codes = codes;
    }

    /** The fields of a bullet or site page: each may be missing or empty; French and Spanish pages disagree. */
    Map<Field, String> labelled(Project p, PageLanguage lang, Broken broken) {
        Map<Field, String> w = new EnumMap<>(Field.class);
        boolean bulk = lang != PageLanguage.EN && p.endYear() < 2020;
        w.put(Field.START_YEAR, String.valueOf(p.startYear()));
        w.put(Field.END_YEAR, String.valueOf(bulk && rng.nextBoolean() ? BULK_END_YEAR : p.endYear()));
        w.put(Field.STATUS, label(CodeScheme.STATUS, p.status().code(), lang));
        w.put(Field.TYPE, typeLabel(p, lang));
        w.put(Field.BUDGET, p.budget() + ".00");
        w.put(Field.COVERAGE, label(CodeScheme.COVERAGE, p.coverage().code(), PageLanguage.EN));
        w.put(Field.FUNDING_YEAR, String.valueOf(p.fundingYear()));
        w.put(Field.REGION, label(CodeScheme.IDF_REGION, p.region(), lang));
        w.put(Field.PRIMA_ID, p.primaId() == null ? "" : p.primaId());
        w.put(Field.PROJECT_ID, p.projectId() == null ? "" : p.projectId());
        w.put(Field.COUNTRIES, BENEFICIARIES);
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
    Map<Field, String> hollow(Project p, PageLanguage lang) {
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
            w.put(Field.COUNTRIES, BENEFICIARIES);
        }
        return w;
    }

    /** The old site's values, without labels, in its fixed order; the Prima ID and beneficiaries optional. */
    Map<Field, String> devfund(Project p) {
        Map<Field, String> w = new EnumMap<>(Field.class);
        w.put(Field.REGION, label(CodeScheme.IDF_REGION, p.region(), PageLanguage.EN));
        w.put(Field.PROJECT_ID, p.projectId());
        if (p.primaId() != null) {
            w.put(Field.PRIMA_ID, p.primaId());
        }
        w.put(Field.BUDGET, String.format(Locale.ROOT, "%,d", p.budget()));
        if (rng.nextInt(10) > 0) {
            w.put(Field.COUNTRIES, BENEFICIARIES);
        }
        w.put(Field.TYPE, typeLabel(p, PageLanguage.EN));
        w.put(Field.COVERAGE, label(CodeScheme.COVERAGE, p.coverage().code(), PageLanguage.EN));
        w.put(Field.STATUS, label(CodeScheme.STATUS, p.status().code(), PageLanguage.EN));
        return w;
    }

    private String label(CodeScheme scheme, String code, PageLanguage lang) {
        return codes.labels(scheme, code, lang).get(0);
    }

    /** Mostly the preferred label (TC pages print the acronym), apostrophes in either style. */
    private String typeLabel(Project p, PageLanguage lang) {
        List<String> labels = codes.labels(CodeScheme.PROJECT_TYPE, p.typeCode(), lang);
        String acronym =
                labels.stream().filter(l -> l.matches("[A-Z]+")).findFirst().orElse(null);
        String label = acronym != null && rng.nextInt(10) < 8
                ? acronym
                : labels.get(rng.nextInt(10) < 8 ? 0 : rng.nextInt(labels.size()));
        return rng.nextBoolean() ? label.replace('\'', '’') : label.replace('’', '\'');
    }
}
