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
    private static final List<String> STAGES = List.of(
            "harvest", "record", "country", "source", "map", "validate", "release", "store", "build", "serve", "cli");

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

    /** Synthetic pages and sites are for tests and benchmarks: only the command line reaches them. */
    @Test
    void nothingInThePipelineImportsTheGenerator() {
        for (String stage : STAGES) {
            if (stage.equals("cli")) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + stage + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + "generate..")
                    .because("the generator makes test input; " + stage + " is part of the pipeline")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** The generator stands beside the pipeline: it never reaches the build, the store or the server. */
    @Test
    void theGeneratorStaysBesideThePipeline() {
        for (String stage : List.of("harvest", "release", "store", "build", "serve", "cli")) {
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + "generate..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + stage + "..")
                    .because("the generator only makes pages and their truth")
                    .check(CLASSES);
        }
    }

    /** No two project types share a simple name, nor take a name Jena's own public types use where we meet them. */
    @Test
    void noTwoTypesShareAName() {
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        CLASSES.stream()
                .filter(c -> c.getPackageName().startsWith("org.w3id.iomidf") && c.isTopLevelClass())
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.ArrayList<>())
                        .add(c.getName()));
        List<String> twice = byName.values().stream()
                .filter(v -> v.size() > 1)
                .map(Object::toString)
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), twice);
        for (String jena : List.of("Lang", "Prefixes", "Dataset", "Graph", "Node", "Model", "Query", "Context")) {
            org.junit.jupiter.api.Assertions.assertFalse(byName.containsKey(jena), jena + " is a name of Jena's");
        }
    }

    /**
     * The server's rooms, lowest first: HTTP plumbing and the route table, the live release (opening, pinning,
     * warming, switching), the SPARQL endpoint and its limits, downloads and descriptions, and the pages people read;
     * the server itself (the package {@code serve}) sits on top and wires them. A room never reaches into a room
     * above it, nor into the server.
     */
    private static final List<String> ROOMS = List.of("http", "live", "sparql", "downloads", "pages");

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
