package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled real page rendered as HTML in the shapes save and export tools write (html/renderings: one
 * {@code <p>} per line, {@code <br>}-separated lines, list items, a table of labels and values, a {@code <pre>};
 * see its render.py) parses to the truth of its text page: the HTML a harvester brings is read as the text.
 */
class HtmlRenderingsTest {
    private static final List<String> SHAPES = List.of("p", "br", "li", "table", "pre");

    @TestFactory
    Stream<DynamicTest> everyRenderingGivesTheTruthOfItsTextPage() throws Exception {
        Path root = SamplePagesTest.resource("/html/renderings");
        Path sample = SamplePagesTest.resource("/sample");
        List<DynamicTest> tests = new ArrayList<>();
        for (String shape : SHAPES) {
            try (Stream<Path> files = Files.list(root.resolve(shape))) {
                for (Path html : files.sorted().toList()) {
                    String json = html.getFileName().toString().replaceFirst("\\.html$", ".json");
                    Path truth = sample.resolve("pages/expected").resolve(json);
                    Path seedTruth = sample.resolve("seeds/expected").resolve(json);
                    Path expected = Files.exists(truth) ? truth : seedTruth;
                    tests.add(DynamicTest.dynamicTest(
                            shape + "/" + html.getFileName(), () -> SamplePagesTest.check(html, expected)));
                }
            }
        }
        // 31 pages in the p, br and pre shapes; the 27 with field labels also as list items and as a table
        assertEquals(3 * 31 + 2 * 27, tests.size(), "renderings");
        return tests.stream();
    }
}
