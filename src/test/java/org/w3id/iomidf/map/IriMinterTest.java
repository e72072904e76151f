package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.source.CodeLists;

class IriMinterTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void mintsTheDocumentedIris() {
        assertEquals("https://w3id.org/iom-idf/project/CH10P0641", iris.project("CH10P0641"));
        assertEquals("https://w3id.org/iom-idf/project/V43-805", iris.project("V43-805"));
        assertEquals("https://w3id.org/iom-idf/country/MNG", iris.country("MNG"));
        assertEquals("https://w3id.org/iom-idf/region/030", iris.region("030"));
        assertEquals("https://w3id.org/iom-idf/code/project-type/IB", iris.concept(CodeScheme.PROJECT_TYPE, "IB"));
        assertEquals("https://w3id.org/iom-idf/code/status", iris.scheme(CodeScheme.STATUS));
        assertEquals("https://w3id.org/iom-idf/page/" + SHA, iris.page(SHA));
        assertEquals("https://w3id.org/iom-idf/dataset", iris.dataset());
        assertEquals("https://w3id.org/iom-idf/dataset/build", iris.build());
    }

    @Test
    void escapesCharactersOutsideTheUnreservedSet() {
        assertEquals("https://w3id.org/iom-idf/project/A%20B%2F%C3%A9", iris.project("A B/é"));
    }

    @Test
    void sameInputGivesTheSameIriAcrossMinters() {
        IriMinter again = new IriMinter("https://w3id.org/iom-idf/");
        for (Function<IriMinter, String> mint : mints()) {
            assertEquals(mint.apply(iris), mint.apply(again));
        }
    }

    @Test
    void anotherBaseChangesEveryInstanceIriButNotTheVocabulary() {
        IriMinter other = new IriMinter("http://example.org/idf/");
        for (Function<IriMinter, String> mint : mints()) {
            String iri = mint.apply(other);
            assertTrue(iri.startsWith("http://example.org/idf/"), iri);
            assertNotEquals(mint.apply(iris), iri);
        }
        assertEquals("https://w3id.org/iom-idf/ontology#Project", IDF.Project.getURI());
        org.apache.jena.graph.Graph lists = CodeLists.load().graph(other.base());
        assertEquals("http://example.org/idf/code/coverage/national", other.concept(CodeScheme.COVERAGE, "national"));
        assertTrue(lists.contains(
                org.apache.jena.graph.NodeFactory.createURI(other.concept(CodeScheme.COVERAGE, "national")),
                org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY));
    }

    @Test
    void rejectsABaseThatIsNotAnAbsoluteHttpIriEndingWithSlash() {
        for (String bad : List.of(
                "https://w3id.org/iom-idf",
                "ftp://example.org/",
                "example.org/",
                "/x/",
                "https://example.org/x/?q=1",
                "http:///x/")) {
            assertThrows(IllegalArgumentException.class, () -> new IriMinter(bad), bad);
        }
        assertEquals("http://localhost:8080/", new IriMinter("http://localhost:8080/").base());
    }

    @Test
    void titleKeyIsASlugAndAShortHashOfTheNormalisedTitle() {
        // hash: printf '%s' "strengthening border management in mongolia" | sha256sum
        assertEquals(
                "strengthening-border-management-in-mongolia-4a227e07",
                IriMinter.titleKey("  Strengthening Border   Management in MONGOLIA "));
        // hash of "renforcement des capacités de gestion des frontières au niger" (accents kept in the hash)
        assertEquals(
                "renforcement-des-capacites-de-gestion-des-frontieres-au-6a7ca286",
                IriMinter.titleKey("Renforcement des capacités de gestion des frontières au Niger"));
        assertEquals(IriMinter.titleKey("Migration de main-d’œuvre"), IriMinter.titleKey("migration de main-d'œuvre"));
        assertNotEquals(IriMinter.titleKey("Project A"), IriMinter.titleKey("Project B"));
    }

    @Test
    void rejectsMalformedCodes() {
        assertThrows(IllegalArgumentException.class, () -> iris.country("MN"));
        assertThrows(IllegalArgumentException.class, () -> iris.region("30"));
        assertThrows(IllegalArgumentException.class, () -> iris.page("ABC"));
        assertThrows(IllegalArgumentException.class, () -> iris.project(" "));
    }

    private static List<Function<IriMinter, String>> mints() {
        return List.of(
                i -> i.project("CH10P0641"),
                i -> i.project(IriMinter.titleKey("A title")),
                i -> i.country("MNG"),
                i -> i.region("142"),
                i -> i.concept(CodeScheme.COUNTRY_GROUP, "LDC"),
                i -> i.scheme(CodeScheme.IDF_REGION),
                i -> i.page(SHA),
                IriMinter::dataset,
                IriMinter::build);
    }
}
