package org.w3id.iomidf.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;

/**
 * The field labels of IDF pages in English, French and Spanish (PRODUCT.md). Some labels are the same in
 * every language (lang null). Spanish pages label both the status and the type row "Tipo de proyecto":
 * that label is {@code ambiguous}, and the value decides which field it is.
 */
final class Labels {

    /** A recognised label; {@code lang} is null for labels shared by all languages. */
    record Label(String text, Field field, PageLanguage lang, boolean ambiguous) {}

    private static final Map<String, Label> BY_KEY = new HashMap<>();

    static {
        add(Field.START_YEAR, "Start Date", "Date de début", "Fecha de inicio");
        add(Field.END_YEAR, "End Date", "Date de fin", "Fecha de finalización");
        add(Field.STATUS, "Project Status", "Statut du projet", "Estado del proyecto");
        add(Field.TYPE, "Project Type", "Type de projet", null);
        add(Field.COVERAGE, "Coverage", "Couverture", "Cobertura geográfica");
        add(Field.FUNDING_YEAR, "Year", "Année", "Año");
        add(Field.PROJECT_ID, "Projects ID", "Projet ID", "Proyecto ID");
        add(Field.PROJECT_ID, "Project ID", "Projets ID", "Proyectos ID");
        add(
                Field.COUNTRIES,
                "Benefiting Member States",
                "Etat(s) membre(s) beneficiaires remplissant les conditions requises",
                "Estados Miembros Beneficiarios que Reúnen los Requisitos");
        shared(Field.BUDGET, "Budget Amount (USD)");
        shared(Field.REGION, "IDF Region");
        shared(Field.PRIMA_ID, "Prima ID");
        put(new Label("Tipo de proyecto", Field.TYPE, PageLanguage.ES, true));
    }

    private Labels() {}

    /** The label a whole line is, if any (case, accents, spacing and a trailing colon ignored). */
    static Optional<Label> match(String line) {
        String key = Text.key(line);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return Optional.ofNullable(BY_KEY.get(key));
    }

    private static void add(Field field, String en, String fr, String es) {
        put(new Label(en, field, PageLanguage.EN, false));
        put(new Label(fr, field, PageLanguage.FR, false));
        if (es != null) {
            put(new Label(es, field, PageLanguage.ES, false));
        }
    }

    private static void shared(Field field, String text) {
        put(new Label(text, field, null, false));
    }

    private static void put(Label label) {
        BY_KEY.put(Text.key(label.text()), label);
    }
}
