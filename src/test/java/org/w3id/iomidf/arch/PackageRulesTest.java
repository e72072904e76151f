package org.w3id.iomidf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packages follow the pipeline: data moves one way, and a lower stage never imports a higher one. */
class PackageRulesTest {

    private static final String ROOT = "org.w3id.iomidf.";
    private static final List<String> STAGES =
            List.of("record", "country", "source", "map", "validate", "store", "serve", "cli");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.w3id.iomidf");

    @Test
    void lowerStagesNeverImportHigherOnes() {
        for (int i = 0; i < STAGES.size(); i++) {
            for (int j = i + 1; j < STAGES.size(); j++) {
                noClasses()
                        .that()
                        .resideInAPackage(ROOT + STAGES.get(i) + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(ROOT + STAGES.get(j) + "..")
                        .because(STAGES.get(i) + " comes before " + STAGES.get(j) + " in the pipeline")
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
    }

    /**
     * The server's rooms, lowest first: HTTP plumbing, the served release, the SPARQL endpoint and its limits,
     * downloads and descriptions, resource pages and the editor; the server itself (the package {@code serve})
     * sits on top and wires them. A room never reaches into a room above it, nor into the server.
     */
    private static final List<String> ROOMS = List.of("http", "release", "sparql", "downloads", "pages");

    @Test
    void serverRoomsNeverReachUp() {
        for (int i = 0; i < ROOMS.size(); i++) {
            String room = ROOT + "serve." + ROOMS.get(i);
            for (int j = i + 1; j < ROOMS.size(); j++) {
                noClasses()
                        .that()
                        .resideInAPackage(room + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(ROOT + "serve." + ROOMS.get(j) + "..")
                        .because(ROOMS.get(i) + " is below " + ROOMS.get(j))
                        .check(CLASSES);
            }
            noClasses()
                    .that()
                    .resideInAPackage(room + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + "serve")
                    .because("the server wires the rooms; no room depends on it")
                    .check(CLASSES);
        }
    }

    @Test
    void recordsAreFreeOfJena() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "record..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.jena..")
                .check(CLASSES);
    }

    @Test
    void noClassIsNamedLikeAGrabBag() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .check(CLASSES);
    }
}
