package org.w3id.iomidf.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;

/**
 * The field labels pages print, per language, in page order (PRODUCT.md). Spanish pages print "Tipo de
 * proyecto" for the status row as well as for the type row: generated pages keep that defect.
 */
final class FieldLabels {
    /** The labelled fields in the order every layout prints them. */
    static final List<Field> ORDER = List.of(
            Field.START_YEAR,
            Field.END_YEAR,
            Field.STATUS,
            Field.TYPE,
            Field.BUDGET,
            Field.COVERAGE,
            Field.FUNDING_YEAR,
            Field.REGION,
            Field.PRIMA_ID,
            Field.PROJECT_ID,
            Field.COUNTRIES);

    private static final Map<Field, List<String>> LABELS = new EnumMap<>(Field.class);

    static {
        LABELS.put(Field.START_YEAR, List.of("Start Date", "Date de début", "Fecha de inicio"));
        LABELS.put(Field.END_YEAR, List.of("End Date", "Date de fin", "Fecha de finalización"));
        LABELS.put(Field.STATUS, List.of("Project Status", "Statut du projet", "Tipo de proyecto"));
        LABELS.put(Field.TYPE, List.of("Project Type", "Type de projet", "Tipo de proyecto"));
        LABELS.put(Field.BUDGET, List.of("Budget Amount (USD)", "Budget Amount (USD)", "Budget Amount (USD)"));
        LABELS.put(Field.COVERAGE, List.of("Coverage", "Couverture", "Cobertura geográfica"));
        LABELS.put(Field.FUNDING_YEAR, List.of("Year", "Année", "Año"));
        LABELS.put(Field.REGION, List.of("IDF Region", "IDF Region", "IDF Region"));
        LABELS.put(Field.PRIMA_ID, List.of("Prima ID", "Prima ID", "Prima ID"));
        LABELS.put(Field.PROJECT_ID, List.of("Projects ID", "Projet ID", "Proyecto ID"));
        LABELS.put(
                Field.COUNTRIES,
                List.of(
                        "Benefiting Member States",
                        "Etat(s) membre(s) beneficiaires remplissant les conditions requises",
                        "Estados Miembros Beneficiarios que Reúnen los Requisitos"));
    }

    private FieldLabels() {}

    static String label(Field field, PageLanguage lang) {
        return LABELS.get(field).get(lang.ordinal());
    }
}
