package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Problem;

class ProjectMergerTest {
    private final ProjectMerger merger = new ProjectMerger();

    @Test
    void equalValuesWrittenDifferentlyAreNoConflict() {
        PageBuilder en = ProjectMapperTest.mongoliaEn();
        PageBuilder fr =
                new PageBuilder("pages/MN10P0001-fr.txt", 'e', PageLanguage.FR, "Renforcer la gestion des frontières");
        fr.primaId = "MN10P0001";
        fr.budget = new BigDecimal("200000");
        fr.region = "Asie et Océanie";
        fr.regionCode = "asia-oceania";
        fr.countries = List.of(new CountryRef("Mongolie", "MNG"));
        MergedProject project = merger.merge(List.of(fr.build(), en.build()));
        assertEquals(List.of(), project.problems());
        assertEquals(
                Map.of(
                        PageLanguage.EN,
                        "Strengthening Border Management in Mongolia",
                        PageLanguage.FR,
                        "Renforcer la gestion des frontières"),
                project.titles());
        assertEquals("pages/MN10P0001-en.txt", project.pages().get(0).source().path());
    }

    @Test
    void beneficiariesAreTheUnionAndDifferencesAreReported() {
        PageBuilder en = ProjectMapperTest.mongoliaEn();
        PageBuilder es = new PageBuilder("pages/MN10P0001-es.txt", 'b', PageLanguage.ES, "Título");
        es.primaId = "MN10P0001";
        es.countries = List.of(
                new CountryRef("China", "CHN"),
                new CountryRef("Mongolia", "MNG"),
                new CountryRef("Serbia Montenegro", null));
        es.lines.put(Field.COUNTRIES, 9);
        MergedProject project = merger.merge(List.of(es.build(), en.build()));
        assertEquals(
                List.of("MNG", "CHN", "?Serbia Montenegro"),
                project.values().countries().stream().map(CountryRef::code).toList());
        Problem problem = project.problems().get(0);
        assertEquals(Field.COUNTRIES, problem.field());
        assertEquals("pages/MN10P0001-en.txt", problem.source());
        assertTrue(
                problem.message().contains("pages/MN10P0001-es.txt names [CHN, MNG, ?Serbia Montenegro]"),
                problem.message());
    }

    @Test
    void twoPagesInOneLanguageWithDifferentTitlesKeepTheFirstByRule() {
        PageBuilder withPrima = new PageBuilder("z.txt", 'a', PageLanguage.EN, "Title with Prima ID");
        withPrima.primaId = "MN10P0001";
        withPrima.projectId = "IB.0346";
        PageBuilder without = new PageBuilder("a.txt", 'b', PageLanguage.EN, "Older title");
        without.projectId = "IB.0346";
        MergedProject project = merger.merge(List.of(without.build(), withPrima.build()));
        assertEquals("MN10P0001", project.key());
        assertEquals("Title with Prima ID", project.titles().get(PageLanguage.EN));
        assertEquals(1, project.problems().size(), project.problems().toString());
        assertEquals(Field.TITLE, project.problems().get(0).field());
        assertEquals("a.txt", project.problems().get(0).source());
    }

    @Test
    void projectWithoutPrimaIdIsKeyedByProjectId() {
        PageBuilder page = new PageBuilder("p.txt", 'a', PageLanguage.FR, "Titre");
        page.projectId = "CE.0134";
        assertEquals("CE.0134", merger.merge(List.of(page.build())).key());
    }
}
