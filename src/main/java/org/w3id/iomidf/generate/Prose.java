package org.w3id.iomidf.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.w3id.iomidf.record.PageLanguage;

/**
 * Titles and description paragraphs in English, French and Spanish, from word lists. Titles carry the
 * function words of their language, as real titles do, since pages without labels get their language from
 * the title. Descriptions hold the traps of real ones: a stray opening quote, lines starting with a bullet
 * or a dash, another project's identifier and amounts in dollars written as prose.
 */
final class Prose {
    /**
     * A title pattern and a topic, chosen once per project and written in each of its languages; {@code phase}
     * above 1 is printed after it ("..., phase 2"), so that it names one project.
     */
    record Title(int pattern, int topic, int phase) {
        Title phase(int n) {
            return new Title(pattern, topic, n);
        }
    }

    private static final String[] PHASE = {", phase %d", ", phase %d", ", fase %d"};

    private static final String[][] PATTERNS = {
        {
            "Strengthening the Capacity of %s for %s",
            "Renforcement des capacités de %s pour %s",
            "Fortalecimiento de la capacidad de %s para %s"
        },
        {
            "Support to the Government of %s in %s",
            "Appui au gouvernement de %s dans le domaine de %s",
            "Apoyo al gobierno de %s en materia de %s"
        },
        {
            "Enhancing Capacity Building in %s for %s",
            "Soutien à %s pour le renforcement de %s",
            "Apoyo a %s para el fortalecimiento de %s"
        },
        {
            "Building Capacity of Government Structures in %s for the Management of %s",
            "Renforcement des structures de l’État en %s pour la gestion de %s",
            "Fortalecimiento de las estructuras del Estado en %s para la gestión de %s"
        },
    };
    private static final String[][] TOPICS = {
        {"Border Management", "la gestion des frontières", "la gestión de fronteras"},
        {
            "Labour Migration Governance",
            "la gouvernance de la migration de main-d’œuvre",
            "la gobernanza de la migración laboral"
        },
        {
            "the Reintegration of Returning Migrants",
            "la réintégration des migrants de retour",
            "la reintegración de los migrantes retornados"
        },
        {
            "Counter-Trafficking Coordination",
            "la lutte contre la traite des personnes",
            "la lucha contra la trata de personas"
        },
        {
            "Diaspora Engagement and Development",
            "la mobilisation de la diaspora pour le développement",
            "la participación de la diáspora en el desarrollo"
        },
        {
            "Migration Data and Research",
            "la gestion des données et de la recherche sur les migrations",
            "la gestión de datos e investigación sobre migración"
        },
        {
            "Migrant Health Promotion",
            "la promotion de la santé des migrants",
            "la promoción de la salud de los migrantes"
        },
        {
            "Migration Policy Development",
            "l'élaboration d'une politique migratoire nationale",
            "la elaboración de una política migratoria nacional"
        },
    };
    private static final String[] AND = {"and", "et", "y"};
    private static final String[] NEIGHBOURS = {
        "and Neighbouring Countries", "et les pays voisins", "y los países vecinos"
    };

    private static final String[][] SENTENCES = {
        {
            "The project will strengthen the capacity of the authorities of %s in %s.",
            "Le projet renforcera les capacités des autorités de %s dans le domaine de %s.",
            "El proyecto fortalecerá la capacidad de las autoridades de %s en materia de %s."
        },
        {
            "Activities include training workshops, study visits and a review of the legislation of %s on %s.",
            "Les activités comprennent des ateliers de formation, des visites d’étude et un examen de la "
                    + "législation de %s sur %s.",
            "Las actividades incluyen talleres de capacitación, visitas de estudio y un examen de la "
                    + "legislación de %s sobre %s."
        },
        {
            "It builds on an assessment carried out with the national authorities of %s on %s.",
            "Il s’appuie sur une évaluation menée avec les autorités nationales de %s sur %s.",
            "Se basa en una evaluación realizada con las autoridades nacionales de %s sobre %s."
        },
        {
            "A steering committee in %s will meet twice a year to review progress on %s.",
            "Un comité de pilotage en %s se réunira deux fois par an pour examiner les progrès relatifs à %s.",
            "Un comité directivo en %s se reunirá dos veces al año para examinar los avances en %s."
        },
    };
    /** Another project's identifier and dollar amounts, in prose: never fields. */
    private static final String[][] TRAPS = {
        {
            "It follows an earlier initiative (IOM reference: %s) funded with USD %s.",
            "Il fait suite à une initiative antérieure (référence OIM : %s) financée à hauteur de USD %s.",
            "Da continuidad a una iniciativa anterior (referencia OIM: %s) financiada con USD %s."
        },
        {
            "Project %s mobilised a further USD %s from other partners.",
            "Le projet %s a mobilisé USD %s supplémentaires auprès d’autres partenaires.",
            "El proyecto %s movilizó USD %s adicionales de otros asociados."
        },
    };

    private static final String[][] ITEMS = {
        {
            "• Training of officials on %s",
            "• Formation des fonctionnaires sur %s",
            "• Capacitación de funcionarios sobre %s"
        },
        {
            "- Development of standard operating procedures for %s",
            "- Élaboration de procédures opérationnelles normalisées pour %s",
            "- Elaboración de procedimientos operativos estándar para %s"
        },
    };

    private Prose() {}

    static Title drawTitle(SplittableRandom rng) {
        return new Title(rng.nextInt(PATTERNS.length), rng.nextInt(TOPICS.length), 1);
    }

    /** The title in one language, naming the first beneficiaries as that language's page names them. */
    static String title(Title title, PageLanguage lang, List<String> names) {
        int l = lang.ordinal();
        String place = names.size() == 1
                ? names.get(0)
                : names.size() == 2
                        ? names.get(0) + " " + AND[l] + " " + names.get(1)
                        : names.get(0) + " " + NEIGHBOURS[l];
        String text = String.format(Locale.ROOT, PATTERNS[title.pattern()][l], place, TOPICS[title.topic()][l]);
        return title.phase() > 1 ? text + String.format(Locale.ROOT, PHASE[l], title.phase()) : text;
    }

    /**
     * One to five non-blank description lines; the first is always a complete sentence (optionally opened
     * by a stray quote), list lines only in between, and when {@code truncated} the last sentence is cut off
     * mid-sentence as on pages stored incompletely.
     */
    static List<String> description(
            SplittableRandom rng, Title title, PageLanguage lang, String place, boolean truncated) {
        int l = lang.ordinal();
        String topic = TOPICS[title.topic()][l];
        int count = truncated ? 2 + rng.nextInt(4) : 1 + rng.nextInt(5);
        List<String> lines = new ArrayList<>(count);
        String first = sentence(rng, l, place, topic);
        lines.add(rng.nextInt(12) == 0 ? "\"" + first : first);
        for (int i = 1; i < count - 1; i++) {
            int kind = rng.nextInt(4);
            lines.add(
                    kind == 0
                            ? String.format(Locale.ROOT, ITEMS[rng.nextInt(ITEMS.length)][l], topic)
                            : kind == 1 ? trap(rng, l) : sentence(rng, l, place, topic));
        }
        if (count > 1) {
            String last = rng.nextInt(3) == 0 ? trap(rng, l) : sentence(rng, l, place, topic);
            lines.add(truncated ? cut(rng, last) : last);
        }
        return lines;
    }

    private static String sentence(SplittableRandom rng, int l, String place, String topic) {
        return String.format(Locale.ROOT, SENTENCES[rng.nextInt(SENTENCES.length)][l], place, topic);
    }

    private static String trap(SplittableRandom rng, int l) {
        String[] types = {"TC", "IB", "PO", "LM", "CT"};
        String id = types[rng.nextInt(types.length)] + String.format(Locale.ROOT, ".%04d", rng.nextInt(10_000));
        String amount = String.format(Locale.ROOT, "%,d", 10_000 + 1000L * rng.nextInt(490));
        return String.format(Locale.ROOT, TRAPS[rng.nextInt(TRAPS.length)][l], id, amount);
    }

    /** The sentence cut after a word of letters, some words in: no final punctuation is left. */
    private static String cut(SplittableRandom rng, String sentence) {
        String[] words = sentence.split(" ");
        int keep = 3 + rng.nextInt(Math.max(1, words.length - 4));
        while (keep > 1
                && (words[keep - 1].isEmpty()
                        || !Character.isLetter(words[keep - 1].charAt(words[keep - 1].length() - 1)))) {
            keep--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }
}
