package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.PageLanguage;

class ProjectGroupingTest {

    @Test
    void joinsPagesBySharedPrimaIdOrProjectIdTransitively() {
        ProjectGrouping grouping = new ProjectGrouping();
        grouping.add(new PageKey("b-fr.txt", PageLanguage.FR, null, "IB.0346", "Titre"));
        grouping.add(new PageKey("a-en.txt", PageLanguage.EN, "MN10P0001", "IB.0346", "Title"));
        grouping.add(new PageKey("c-es.txt", PageLanguage.ES, "MN10P0001", null, "Título"));
        grouping.add(new PageKey("d-en.txt", PageLanguage.EN, null, "V43-805", "Old project"));
        assertEquals(
                List.of(
                        new ProjectGroup("MN10P0001", List.of("a-en.txt", "b-fr.txt", "c-es.txt"), List.of(1, 0, 2)),
                        new ProjectGroup("V43-805", List.of("d-en.txt"), List.of(3))),
                grouping.groups());
    }

    @Test
    void pagesWithoutIdentifiersGroupByTitleOnlyAmongThemselves() {
        ProjectGrouping grouping = new ProjectGrouping();
        grouping.add(new PageKey("x1.txt", PageLanguage.EN, null, null, "Strengthening Border Management in Mongolia"));
        grouping.add(
                new PageKey("x2.txt", PageLanguage.EN, null, null, "strengthening border management in  Mongolia"));
        grouping.add(new PageKey(
                "y.txt", PageLanguage.EN, "MN10P0002", null, "Strengthening Border Management in Mongolia"));
        assertEquals(
                List.of(
                        new ProjectGroup("MN10P0002", List.of("y.txt"), List.of(2)),
                        new ProjectGroup(
                                "strengthening-border-management-in-mongolia-4a227e07",
                                List.of("x1.txt", "x2.txt"),
                                List.of(0, 1))),
                grouping.groups());
    }

    @Test
    void keyPrefersThePrimaIdOfTheEnglishPageWhenAGroupHoldsSeveral() {
        ProjectGrouping grouping = new ProjectGrouping();
        grouping.add(new PageKey("a-fr.txt", PageLanguage.FR, "FR10P0001", "PO.0001", "Titre"));
        grouping.add(new PageKey("z-en.txt", PageLanguage.EN, "EN10P0001", "PO.0001", "Title"));
        assertEquals("EN10P0001", grouping.groups().get(0).key());
    }

    @Test
    void groupsAHundredThousandPagesQuickly() {
        ProjectGrouping grouping = new ProjectGrouping();
        int projects = 50_000;
        for (int i = 0; i < projects; i++) {
            String id = String.format("IB.%04d-%d", i % 10_000, i / 10_000);
            grouping.add(new PageKey("p" + i + "-en.txt", PageLanguage.EN, null, id, "Title " + i));
            grouping.add(new PageKey("p" + i + "-fr.txt", PageLanguage.FR, null, id, "Titre " + i));
        }
        List<ProjectGroup> groups = grouping.groups();
        assertEquals(projects, groups.size());
        assertEquals(2, groups.get(123).paths().size());
    }
}
