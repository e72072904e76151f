package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.map.ProjectMerger;
import org.w3id.iomidf.source.PageParser;

/** Which pairs of published projects are reported as likely one project, and which are not. */
class LikelyDuplicatesTest {
    private static final PageParser PARSER = new PageParser(Gazetteer.load());
    private static final String FRENCH = String.join(
            "\n",
            "Renforcement des capacités nationales",
            "",
            "  • Type de projet",
            "    Migration de main-d’œuvre",
            "  • Budget Amount (USD)",
            "    300000.00",
            "  • Prima ID",
            "    EG10P0005",
            "  • Etat(s) membre(s) beneficiaires remplissant les conditions requises",
            "    Tunisie Égypte Maroc",
            "",
            "Texte.");

    @TempDir
    Path dir;

    @Test
    void aProjectWithoutIdentifiersLikeOneInAnotherLanguageIsReported() throws IOException {
        List<LikelyDuplicates.Pair> pairs =
                pairs(FRENCH, english("Labour Migration", "300000.00", "Tunisia Egypt Morocco"));
        assertEquals(1, pairs.size(), pairs::toString);
        assertEquals("EG10P0005", pairs.get(0).other());
        assertEquals(
                "no identifier on the first; titles in en and in fr; same beneficiaries EGY MAR TUN; same type LM, "
                        + "budget 300000; no value differs",
                pairs.get(0).reason());
    }

    @Test
    void aValueThatDiffersOtherCountriesOrTheSameLanguageIsNoDuplicate() throws IOException {
        assertEquals(List.of(), pairs(FRENCH, english("Labour Migration", "250000.00", "Tunisia Egypt Morocco")));
        assertEquals(List.of(), pairs(FRENCH, english("Labour Migration", "300000.00", "Tunisia Egypt")));
        String englishWithId = FRENCH.replace("Renforcement des capacités nationales", "Strengthening capacities")
                .replace("Type de projet", "Project Type")
                .replace("Migration de main-d’œuvre", "Labour Migration")
                .replace(
                        "Etat(s) membre(s) beneficiaires remplissant les conditions requises",
                        "Benefiting Member States")
                .replace("Tunisie Égypte Maroc", "Tunisia Egypt Morocco");
        assertEquals(
                List.of(), pairs(englishWithId, english("Labour Migration", "300000.00", "Tunisia Egypt Morocco")));
    }

    @Test
    void sharingOnlyTheCountriesIsNotEnough() throws IOException {
        assertEquals(List.of(), pairs(FRENCH, "Strengthening capacities\n\n    Tunisia Egypt Morocco\n\nText."));
    }

    private static String english(String type, String budget, String countries) {
        return String.join(
                "\n",
                "Strengthening National Capacities",
                "",
                "  • Project Type",
                "    " + type,
                "  • Budget Amount (USD)",
                "    " + budget,
                "  • Benefiting Member States",
                "    " + countries,
                "",
                "Text.");
    }

    private List<LikelyDuplicates.Pair> pairs(String... pages) throws IOException {
        LikelyDuplicates duplicates = new LikelyDuplicates();
        for (int i = 0; i < pages.length; i++) {
            Path file = Files.writeString(dir.resolve("page" + i + ".txt"), pages[i]);
            duplicates.add(
                    new ProjectMerger().merge(List.of(PARSER.parse(file).page().orElseThrow())));
        }
        return duplicates.pairs();
    }
}
