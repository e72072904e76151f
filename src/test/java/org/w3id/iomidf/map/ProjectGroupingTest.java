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

    /** The site links its language versions to each other: one project, though no page carries an identifier. */
    @Test
    void pagesTheSiteLinksAsLanguageVersionsAreOneProjectWithoutIdentifiers() {
        String en = "https://www.iom.int/project/border-management-mongolia";
        String fr = "https://www.iom.int/fr/node/1201";
        String es = "https://www.iom.int/es/node/1201";
        ProjectGrouping grouping = new ProjectGrouping();
        grouping.add(
                new PageKey("fr.html", PageLanguage.FR, null, null, "Gestion des frontières", List.of(fr, en, es)));
        grouping.add(new PageKey("en.html", PageLanguage.EN, null, null, "Border management", List.of(en, fr)));
        grouping.add(new PageKey("es.html", PageLanguage.ES, null, null, "Gestión de fronteras", List.of(es)));
        grouping.add(new PageKey("other.html", PageLanguage.EN, null, null, "Labour migration", List.of()));
        assertEquals(
                List.of(
                        new ProjectGroup(
                                IriMinter.titleKey("Border management"),
                                List.of("en.html", "es.html", "fr.html"),
                                List.of(1, 2, 0)),
                        new ProjectGroup(IriMinter.titleKey("Labour migration"), List.of("other.html"), List.of(3))),
                grouping.groups());
    }

    /** A page with an identifier and its linked twin without one: the identifier keys the one project. */
    @Test
    void aLinkedTwinWithoutIdentifiersJoinsThePageThatHasOne() {
        ProjectGrouping grouping = new ProjectGrouping();
        grouping.add(new PageKey(
                "en.html",
                PageLanguage.EN,
                null,
                null,
                "Title",
                List.of("https://x.org/project/a", "https://x.org/fr/node/7")));
        grouping.add(new PageKey(
                "fr.html", PageLanguage.FR, "MN10P0001", null, "Titre", List.of("https://x.org/fr/node/7")));
        assertEquals(
                List.of(new ProjectGroup("MN10P0001", List.of("en.html", "fr.html"), List.of(0, 1))),
                grouping.groups());
    }
}
