package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.Status;

/** Layout recognition and the rules that small synthetic pages show more plainly than real ones. */
class LayoutTest {
    private static final PageParser PARSER = TestParsers.parser();

    @TempDir
    Path dir;

    @Test
    void recordsTheLineOfEachField() throws Exception {
        ProjectPage page = PARSER.parse(SamplePagesTest.resource("/sample/pages/TN10P0002-en.txt"))
                .page()
                .orElseThrow();
        assertEquals(Layout.SITE, page.layout());
        assertEquals(23, page.lineOf(Field.TITLE));
        assertEquals(38, page.lineOf(Field.BUDGET));
        assertEquals(56, page.lineOf(Field.COUNTRIES));
        assertEquals(57, page.lineOf(Field.DESCRIPTION));
    }

    @Test
    void spanishStatusRowWithEmptyValueIsTheStatus() throws IOException {
        ProjectPage page = page(
                "Título del proyecto",
                "-",
                "Tipo de proyecto",
                "",
                "-",
                "Tipo de proyecto",
                "Migración laboral",
                "-",
                "Año",
                "2019",
                "Texto.");
        assertNull(page.values().status());
        assertEquals("Migración laboral", page.values().typeLabel());
        assertEquals("LM", page.values().typeCode());
        assertEquals(PageLanguage.ES, page.lang());
    }

    @Test
    void spanishTypeRowBeforeTheStatusRowIsToldByValue() throws IOException {
        ProjectPage page = page(
                "Título",
                "",
                "  • Tipo de proyecto",
                "    Migración laboral",
                "  • Tipo de proyecto",
                "    Activo",
                "",
                "Texto.");
        assertEquals(Status.ACTIVE, page.values().status());
        assertEquals("LM", page.values().typeCode());
    }

    @Test
    void unknownSiteLabelIsReportedAndSkipped() throws IOException {
        PageResult r =
                parse("A title", "-", "Year", "2019", "-", "Donor", "Someone", "-", "Coverage", "Global", "Text.");
        assertEquals("global", r.page().orElseThrow().values().coverage().code());
        assertEquals(2019, r.page().orElseThrow().values().fundingYear());
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 6 && "Donor".equals(p.value())), r::toString);
    }

    @Test
    void devfundValuesAreRecognisedByShapeWhateverIsMissing() throws IOException {
        ProjectPage page = page(
                "- Nouvelles",
                "- Nous contacter",
                "Renforcement de la gestion des frontières",
                "Renforcement de la gestion des frontières",
                "TC.0123",
                "103,058",
                "Mongolia",
                "Kazakhstan",
                "TCMMCB",
                "Regional",
                "Active",
                "Some description.");
        assertEquals(Layout.DEVFUND, page.layout());
        assertNull(page.values().region());
        assertEquals("TC.0123", page.values().projectId());
        assertEquals("103058.00", page.values().budgetUsd().toPlainString());
        assertEquals(2, page.values().countries().size());
        assertEquals(7, page.lineOf(Field.COUNTRIES));
        assertEquals(Status.ACTIVE, page.values().status());
        assertEquals(1, page.description().size());
        assertEquals(PageLanguage.FR, page.lang(), "devfund pages have no labels: language from the title");
    }

    @Test
    void titleOnlyPageIsDegenerateAndLanguageComesFromTheTitle() throws IOException {
        ProjectPage page = page("Fortalecimiento de la gestión migratoria en Paraguay", "", "Texto.");
        assertEquals(Layout.DEGENERATE, page.layout());
        assertEquals(PageLanguage.ES, page.lang());
        assertEquals(1, page.description().size());
        assertTrue(page.values().countries().isEmpty());
    }

    @Test
    void htmlNoBreakSpacesAndBulletDescriptionLines() throws IOException {
        ProjectPage page = page("A title", "", "  • Coverage", "    National\u00a0", "• First point.", "- Second.");
        assertEquals("national", page.values().coverage().code());
        assertEquals(2, page.description().size());
    }

    @Test
    void oldSitePageWithoutSidebarAndTheTitleRepeatedAfterABlankLine() throws IOException {
        ProjectPage page = page(
                "Labour Migration in the Andes",
                "",
                "Labour Migration in the Andes",
                "Latin America and the Caribbean",
                "LM.0412",
                "PE10P0512",
                "103,058",
                "Peru",
                "Bolivia",
                "Labour Migration",
                "Regional",
                "Active",
                "The project supports labour ministries.");
        assertEquals(Layout.DEVFUND, page.layout());
        assertEquals("LM.0412", page.values().projectId());
        assertEquals("PE10P0512", page.values().primaId());
        assertEquals(
                0, new java.math.BigDecimal("103058.00").compareTo(page.values().budgetUsd()));
        assertEquals(2, page.values().countries().size());
        assertEquals("Labour Migration", page.values().typeLabel());
        assertEquals(Status.ACTIVE, page.values().status());
        assertEquals(java.util.List.of("The project supports labour ministries."), page.description());
    }

    @Test
    void oldSiteCountryLineBeforeTheCoverageIsNotTakenForTheType() throws IOException {
        ProjectPage page = page(
                "- About",
                "- News",
                "Border Management in Tunisia",
                "Border Management in Tunisia",
                "Africa",
                "IB.0301",
                "200,000",
                "",
                "Tunisia",
                "",
                "National",
                "Completed",
                "Text.");
        assertEquals(1, page.values().countries().size());
        assertEquals("TUN", page.values().countries().get(0).code());
        assertNull(page.values().typeLabel());
        assertEquals("IB", page.values().typeCode(), "from the project ID");
    }

    @Test
    void anOldSitePageWhereNoValueIsRecognisedIsAnError() throws IOException {
        PageResult r = parse("A title", "", "A title", "", "Some words", "More words");
        assertTrue(
                r.problems().stream().anyMatch(p -> p.isError() && p.message().contains("no project fields found")),
                r.problems()::toString);
    }

    @Test
    void controlledValuesAreResolvedOnceByTheParserWhateverTheirSpelling() throws IOException {
        String[][] types = {
            {"Migration de main-d\u2018\u0153uvre", "LM"},
            {"Migration de main-d\u2019oeuvre", "LM"},
            {"inmigracion y  fronteras", "IB"},
            {"TCMMCB", "TC"},
            {"Migración Laboral", "LM"}
        };
        for (String[] t : types) {
            ProjectPage page = page("Title", "", "  \u2022 Project Type", "    " + t[0], "", "Text.");
            assertEquals(t[1], page.values().typeCode(), t[0]);
            assertTrue(page.values().typeLabelKnown(), t[0]);
        }
        ProjectPage unknown = page("Title", "", "  \u2022 Project Type", "    Something else", "", "Text.");
        assertEquals(false, unknown.values().typeLabelKnown());
        String[][] regions = {{"Afrique", "africa"}, {"Monde", "global"}, {"North Africa", null}};
        for (String[] r : regions) {
            ProjectPage page = page("Title", "", "  \u2022 IDF Region", "    " + r[0], "", "Text.");
            assertEquals(r[0], page.values().region());
            assertEquals(r[1], page.values().regionCode(), r[0]);
        }
    }

    private ProjectPage page(String... lines) throws IOException {
        PageResult r = parse(lines);
        return r.page().orElseThrow(() -> new AssertionError(r.problems().toString()));
    }

    private PageResult parse(String... lines) throws IOException {
        Path p = Files.write(dir.resolve("page.txt"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return PARSER.parse(p);
    }
}
