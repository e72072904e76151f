package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.Severity;

/** Characters XML cannot carry never reach a record: each line that held some is reported. */
class XmlCharactersTest {
    private static final PageParser PARSER = TestParsers.parser();

    @Test
    void controlCharactersAndNoncharactersAreRemovedWithAWarningPerLine() {
        PageResult r = parse(
                "page.txt",
                String.join(
                        "\n",
                        "Border\u000Bmanagement in \u001B[31mTonga",
                        "",
                        "  • Benefiting Member States",
                        "    Tonga",
                        "",
                        "The project\uFFFE trains \u0085officers and\u0007 staff.",
                        "A clean line."));
        ProjectPage page = r.page().orElseThrow();
        assertEquals("Border management in [31mTonga", page.title());
        assertEquals(List.of("The project trains  officers and staff.", "A clean line."), page.description());
        List<Problem> warnings = r.problems().stream()
                .filter(p -> p.field() == Field.PAGE && p.severity() == Severity.WARNING)
                .toList();
        assertEquals(2, warnings.size(), r.problems()::toString);
        assertEquals(1, warnings.get(0).line());
        assertEquals("U+000B U+001B", warnings.get(0).value());
        assertEquals(6, warnings.get(1).line());
        assertEquals("U+0007 U+0085 U+FFFE", warnings.get(1).value());
        assertFalse(r.hasErrors(), r.problems()::toString);
    }

    /**
     * Decoders give U+FFFD for a broken surrogate pair, so a lone one can reach the lines only from code that
     * builds them: the rule holds there too, and a pair (a character outside the BMP) is kept.
     */
    @Test
    void unpairedSurrogatesAreRemovedAndPairsKept() {
        List<Problem> problems = new java.util.ArrayList<>();
        List<PageLine> lines = XmlCharacters.clean(
                List.of(new PageLine(1, "Title \uD800in 𝔸 Fiji\uDC00"), new PageLine(2, "ok")), "p", problems);
        assertEquals(List.of(new PageLine(1, "Title in 𝔸 Fiji"), new PageLine(2, "ok")), lines);
        assertEquals(
                List.of("U+D800 U+DC00"), problems.stream().map(Problem::value).toList());
    }

    @Test
    void characterReferencesInHtmlAreRemovedToo() {
        PageResult r = parse(
                "page.html",
                "<h1>Labour&#x1B; mobility&#xB; in Fiji</h1><ul><li><div>Benefiting Member States</div>"
                        + "<div>Fiji</div></li></ul><p>Text&#xFFFF; here.</p>");
        ProjectPage page = r.page().orElseThrow();
        assertEquals("Labour mobility  in Fiji", page.title());
        assertEquals(List.of("Text here."), page.description());
        assertEquals(
                2,
                r.problems().stream()
                        .filter(p -> p.message().contains("XML cannot carry"))
                        .count(),
                r.problems()::toString);
    }

    @Test
    void textWithoutSuchCharactersIsUntouched() {
        PageResult r = parse("page.txt", "Title ￯ with \uFEFF and 𝔸 é\n\n    Tonga\n\nText.");
        assertEquals("Title ￯ with \uFEFF and 𝔸 é", r.page().orElseThrow().title());
        assertEquals(List.of(), r.problems());
    }

    private static PageResult parse(String name, String text) {
        return PARSER.parse(new PageReader().read(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
