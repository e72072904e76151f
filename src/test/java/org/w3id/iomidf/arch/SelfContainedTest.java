package org.w3id.iomidf.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.fixture.Standards;

/** The repository stands alone: no file of it reads a folder beside the checkout. */
class SelfContainedTest {

    private static final List<String> ROOTS = List.of("src", "docker", ".ci", "pom.xml", "ontology", "shapes");

    @Test
    void noFileReadsOutsideTheRepository() throws IOException {
        String beside = "../" + "shared";
        List<Path> offenders;
        try (Stream<Path> files =
                ROOTS.stream().map(Path::of).filter(Files::exists).flatMap(SelfContainedTest::walk)) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> read(f).contains(beside))
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void aMissingFixtureIsAnErrorNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Standards.file("no-such.ttl"));
        assertTrue(e.getMessage().contains("src/test/resources/standards/no-such.ttl"), e.getMessage());
    }

    @Test
    void theProtocolManifestsAndShapesAreInTheRepository() {
        for (String name : List.of("sparql11-main.ttl", "dcat-ap-3.0.1-shapes.ttl", "dcat-ap-3.0.1-recommended.ttl")) {
            assertTrue(Files.isRegularFile(Standards.file(name)), name);
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + root, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
