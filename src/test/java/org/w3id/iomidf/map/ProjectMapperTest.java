package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.Severity;
import org.w3id.iomidf.record.Status;
import org.w3id.iomidf.source.CodeLists;

/** Each case maps hand-built pages and compares the result with src/test/resources/map/{case}.ttl. */
class ProjectMapperTest {
    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
    private final CodeLists codeLists = CodeLists.load();
    private final ProjectMerger merger = new ProjectMerger();
    private final ProjectMapper mapper = new ProjectMapper(iris, codeLists, org.w3id.iomidf.country.Gazetteer.load());

    @Test
    void singlePageWithEveryField() {
        MergedProject project = merger.merge(List.of(mongoliaEn().build()));
        assertEquals(List.of(), project.problems());
        GraphAssert.assertIsomorphic("/map/single-page.trig", map(project));
    }

    @Test
    void englishAndSpanishPagesDisagreeingOnTheEndYear() {
        PageBuilder es = new PageBuilder(
                "pages/MN10P0001-es.txt",
                'b',
                PageLanguage.ES,
                "Fortalecimiento de la gestión de fronteras en Mongolia");
        es.primaId = "MN10P0001";
        es.typeLabel = "Inmigración y fronteras";
        es.typeCode = "IB";
        es.status = Status.COMPLETED;
        es.endYear = 2024;
        es.region = "Asia y Oceanía";
        es.regionCode = "asia-oceania";
        es.countries = List.of(new CountryRef("Mongolia", "MNG"));
        es.lines.put(Field.END_YEAR, 12);
        PageBuilder en = mongoliaEn();
        en.endYear = 2017;
        MergedProject project = merger.merge(List.of(es.build(), en.build()));

        assertEquals(2017, project.values().endYear());
        List<Problem> problems = project.problems();
        assertEquals(2, problems.size(), problems.toString());
        Problem endYear = problems.stream()
                .filter(p -> p.field() == Field.END_YEAR)
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, endYear.severity());
        assertEquals("pages/MN10P0001-es.txt", endYear.source());
        assertEquals(12, endYear.line());
        assertEquals("2024", endYear.value());
        assertTrue(endYear.message().contains("'2017' from pages/MN10P0001-en.txt"), endYear.message());
        assertTrue(endYear.message().contains(ProjectMerger.RULE), endYear.message());
        assertTrue(problems.stream().anyMatch(p -> p.field() == Field.STATUS), problems.toString());
        GraphAssert.assertIsomorphic("/map/en-es-conflict.trig", map(project));
    }

    @Test
    void pageWithoutIdentifiersIsKeyedByItsTitle() {
        PageBuilder page = new PageBuilder(
                "pages/untitled-en.txt", 'c', PageLanguage.EN, "Strengthening Border Management in Mongolia");
        page.layout = Layout.DEGENERATE;
        page.startYear = 2005;
        MergedProject project = merger.merge(List.of(page.build()));
        assertEquals("strengthening-border-management-in-mongolia-4a227e07", project.key());
        GraphAssert.assertIsomorphic("/map/no-ids.trig", map(project));
    }

    @Test
    void unresolvedCountryAndUnknownTypeAreKeptAsWritten() {
        PageBuilder page =
                new PageBuilder("pages/V43-805-en.txt", 'd', PageLanguage.EN, "Return of qualified nationals");
        page.layout = Layout.DEVFUND;
        page.projectId = "V43-805";
        page.typeLabel = "Return of Qualified Nationals";
        page.countries = List.of(new CountryRef("Serbia Montenegro", null), new CountryRef("Albania", "ALB"));
        page.region = "Europe";
        page.regionCode = "europe";
        MergedProject project = merger.merge(List.of(page.build()));
        GraphAssert.assertIsomorphic("/map/unresolved-country.trig", map(project));
    }

    static PageBuilder mongoliaEn() {
        PageBuilder en = new PageBuilder(
                "pages/MN10P0001-en.txt", 'a', PageLanguage.EN, "Strengthening Border Management in Mongolia");
        en.primaId = "MN10P0001";
        en.projectId = "IB.0346";
        en.typeCode = "IB";
        en.typeLabel = "Immigration and Borders";
        en.status = Status.ACTIVE;
        en.startYear = 2015;
        en.endYear = 2017;
        en.fundingYear = 2015;
        en.budget = new BigDecimal("200000.00");
        en.coverage = Coverage.NATIONAL;
        en.region = "Asia and Oceania";
        en.regionCode = "asia-oceania";
        en.countries = List.of(new CountryRef("Mongolia", "MNG"));
        en.description = List.of("The project aims to strengthen border management.", "• Train 50 officers.");
        return en;
    }

    private DatasetGraph map(MergedProject project) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        mapper.map(project, StreamRDFLib.dataset(dataset));
        List<Quad> blank = dataset.stream()
                .filter(q -> q.getSubject().isBlank() || q.getObject().isBlank())
                .toList();
        assertEquals(List.of(), blank, "no blank nodes");
        return dataset;
    }
}
