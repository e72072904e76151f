package org.w3id.iomidf.generate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.source.CodeLists;

/**
 * The generator stands beside the pipeline: it writes pages from the reference tables and code lists, and
 * only the command line uses it. The pipeline never depends on it, and it never reads pages or builds.
 */
class GeneratePackageTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.w3id.iomidf");

    @Test
    void onlyTheCommandLineUsesTheGenerator() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.w3id.iomidf.generate..", "org.w3id.iomidf.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.w3id.iomidf.generate..")
                .check(CLASSES);
    }

    /** The code lists have one reader, in the parser's stage; the generator writes their labels through it. */
    @Test
    void theGeneratorUsesNoLaterStage() {
        noClasses()
                .that()
                .resideInAPackage("org.w3id.iomidf.generate..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "org.w3id.iomidf.source..",
                                "org.w3id.iomidf.map..",
                                "org.w3id.iomidf.validate..",
                                "org.w3id.iomidf.store..",
                                "org.w3id.iomidf.serve..",
                                "org.w3id.iomidf.cli..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(CodeLists.class))))
                .check(CLASSES);
    }
}
