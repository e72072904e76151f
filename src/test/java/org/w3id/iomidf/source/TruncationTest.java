package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A description whose last line ends without sentence-final punctuation was cut off when stored. */
class TruncationTest {
    private static final PageParser PARSER = TestParsers.parser();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{0}] -> truncated={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The project ended as planned.|false",
                "Will it work?|false",
                "\"A quoted paragraph.\"|false",
                "Le projet (voir annexe)|false",
                "Una lista…|false",
                "« Le projet »|false",
                "The project will strengthen the capacities of the|true",
                "Le budget total du projet s’élève à 200 000 dollars E.-U|true",
                "- a dash line, cut|true"
            })
    void lastLineDecides(String lastLine, boolean truncated) throws IOException {
        Path page = Files.writeString(
                dir.resolve("p.txt"),
                String.join("\n", "Title", "", "  • Coverage", "    National", "", "First paragraph.", lastLine));
        assertEquals(truncated, PARSER.parse(page).page().orElseThrow().truncated());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0", "1"})
    void noDescriptionIsNotTruncated(int blankLines) throws IOException {
        Path page = Files.writeString(
                dir.resolve("p.txt"), "Title\n\n  • Coverage\n    National" + "\n".repeat(blankLines));
        assertEquals(false, PARSER.parse(page).page().orElseThrow().truncated());
    }
}
