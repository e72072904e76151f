package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.Severity;

/** Broken or unusual inputs: each gives its located problem, or the same values as the clean page. */
class BadInputTest {
    private static final PageParser PARSER = TestParsers.parser();

    @TempDir
    Path dir;

    @Test
    void emptyFileIsAnErrorWithoutRecord() throws IOException {
        PageResult r = PARSER.parse(write("empty.txt", new byte[0]));
        assertTrue(r.page().isEmpty());
        assertProblem(r, 0, Field.PAGE, null, Severity.ERROR, "empty page");
    }

    @Test
    void binaryFileIsAnErrorWithoutRecord() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0};
        PageResult r = PARSER.parse(write("image.txt", png));
        assertTrue(r.page().isEmpty());
        assertProblem(r, 0, Field.PAGE, null, Severity.ERROR, "not a page: a PNG image");
        byte[] noise = {0, 1, 2, 3, (byte) 0xfe, (byte) 0xff, 0, 0, 7, 0, 9, 0, 0, 0};
        PageResult unknown = PARSER.parse(write("noise.txt", noise));
        assertTrue(unknown.page().isEmpty());
        assertProblem(unknown, 0, Field.PAGE, null, Severity.ERROR, "binary");
    }

    @Test
    void documentsSavedAsTextAreNotPages() throws IOException {
        PageResult pdf = PARSER.parse(write(
                "report.txt",
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertTrue(pdf.page().isEmpty());
        assertProblem(pdf, 0, Field.PAGE, null, Severity.ERROR, "not a page: a PDF document");
    }

    @Test
    void aPageWithNoFieldIsAnError() throws IOException {
        PageResult note = parse("Minutes of the meeting", "We met and agreed on the next steps.");
        assertProblem(note, 1, Field.PAGE, null, Severity.ERROR, "no project fields found");
    }

    @Test
    void pageWithoutTitleIsAnError() throws IOException {
        PageResult r = parse("  • Start Date", "    2019", "  • Project Type", "    TCMMCB", "", "Some text.");
        assertTrue(r.page().isEmpty());
        assertProblem(r, 0, Field.TITLE, null, Severity.ERROR, "no title");
    }

    @Test
    void unparseableBudgetIsAnErrorOnItsLine() throws IOException {
        PageResult r = parse("A title", "", "  • Budget Amount (USD)", "    12O,000", "", "Text.");
        assertProblem(r, 4, Field.BUDGET, "12O,000", Severity.ERROR, "not an amount");
        assertEquals(null, r.page().orElseThrow().values().budgetUsd());
    }

    @Test
    void yearThatIsNotANumberIsAnError() throws IOException {
        PageResult r = parse("A title", "", "  • Start Date", "    20X1", "  • End Date", "    2023", "", "Text.");
        assertProblem(r, 4, Field.START_YEAR, "20X1", Severity.ERROR, "four-digit year");
        assertEquals(2023, r.page().orElseThrow().values().endYear());
    }

    @Test
    void yearOutOfRangeIsAnError() throws IOException {
        PageResult r = parse("A title", "-", "Year", "1066", "Text.");
        assertProblem(r, 4, Field.FUNDING_YEAR, "1066", Severity.ERROR, "out of range");
    }

    @Test
    void endBeforeStartIsAnError() throws IOException {
        PageResult r = parse("A title", "-", "Start Date", "2021", "-", "End Date", "2019", "Text.");
        assertProblem(r, 7, Field.END_YEAR, "2019", Severity.ERROR, "before start");
    }

    @Test
    void unknownCountryIsKeptAndReported() throws IOException {
        PageResult r = parse("A title", "", "  • Benefiting Member States", "    Atlantis", "", "Text.");
        assertProblem(r, 4, Field.COUNTRIES, "Atlantis", Severity.WARNING, "unknown country");
        assertEquals(
                List.of("?Atlantis"),
                r.page().orElseThrow().values().countries().stream()
                        .map(c -> c.code())
                        .toList());
        assertFalse(r.hasErrors());
    }

    @Test
    void repeatedCountryIsDroppedAndReported() throws IOException {
        PageResult r = parse("A title", "", "  • Benefiting Member States", "    Tonga Vanuatu Tonga", "", "Text.");
        assertProblem(r, 4, Field.COUNTRIES, "Tonga", Severity.WARNING, "named twice");
        assertEquals(
                List.of("TON", "VUT"),
                r.page().orElseThrow().values().countries().stream()
                        .map(c -> c.code())
                        .toList());
    }

    @Test
    void unknownTypeIsKeptAndItsCodeTakenFromTheProjectId() throws IOException {
        PageResult r = parse(
                "A title",
                "",
                "  • Project Type",
                "    Climate Mobility",
                "  • Projects ID",
                "    CM.0001",
                "",
                "Text.");
        assertProblem(r, 4, Field.TYPE, "Climate Mobility", Severity.WARNING, "unknown project type");
        ProjectPage page = r.page().orElseThrow();
        assertEquals("Climate Mobility", page.values().typeLabel());
        assertEquals("CM", page.values().typeCode());
    }

    @Test
    void repeatedLabelKeepsTheFirstValue() throws IOException {
        PageResult r = parse("A title", "", "  • Coverage", "    National", "  • Coverage", "    Regional", "", "T.");
        assertProblem(r, 5, Field.COVERAGE, "Regional", Severity.WARNING, "repeated");
        assertEquals("national", r.page().orElseThrow().values().coverage().code());
    }

    @Test
    void windows1252CopyGivesTheSameValuesWithAWarning() throws Exception {
        Path original = SamplePagesTest.resource("/sample/pages/CH10P0641-fr.txt");
        String text = Files.readString(original, StandardCharsets.UTF_8);
        PageResult r = PARSER.parse(write("cp1252.txt", text.getBytes(TextDecoder.WINDOWS_1252)));
        assertEquals(view(PARSER.parse(original)), view(r));
        assertProblem(r, 0, Field.PAGE, null, Severity.WARNING, "Windows-1252");
    }

    @Test
    void bomAndCrlfCopyGivesTheSameValuesAndLines() throws Exception {
        Path original = SamplePagesTest.resource("/sample/pages/NI10P0003-es.txt");
        String text = Files.readString(original, StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        PageResult copy = PARSER.parse(write("bom-crlf.txt", bytes));
        PageResult clean = PARSER.parse(original);
        assertEquals(view(clean), view(copy));
        assertEquals(
                clean.page().orElseThrow().lines(), copy.page().orElseThrow().lines());
        assertEquals(
                "Fortalecimiento de los esfuerzos regionales contra la trata de personas y el tráfico de "
                        + "migrantes en América Central y México",
                copy.page().orElseThrow().title());
    }

    @Test
    void savedHtmlPageGivesTheSameValuesAsItsTextTwin() throws Exception {
        PageResult html = PARSER.parse(SamplePagesTest.resource("/html/TN10P0002-en.html"));
        PageResult text = PARSER.parse(SamplePagesTest.resource("/sample/pages/TN10P0002-en.txt"));
        assertEquals(view(text), view(html));
        ProjectPage page = html.page().orElseThrow();
        assertEquals(37, page.lineOf(Field.TITLE), "HTML source line of the <h1>");
        assertEquals(48, page.lineOf(Field.BUDGET), "HTML source line of the budget value");
    }

    private PageResult parse(String... lines) throws IOException {
        return PARSER.parse(write("page.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Object view(PageResult r) {
        return SamplePagesTest.view(r.page().orElseThrow());
    }

    private static void assertProblem(
            PageResult r, int line, Field field, String value, Severity severity, String words) {
        List<Problem> matching = r.problems().stream()
                .filter(p -> p.field() == field
                        && p.severity() == severity
                        && p.message().contains(words))
                .toList();
        assertEquals(
                1,
                matching.size(),
                () -> "one " + severity + " [" + field.key() + "] '" + words + "' in " + r.problems());
        Problem p = matching.get(0);
        assertEquals(r.path(), p.source(), "file");
        assertEquals(line, p.line(), "line");
        assertEquals(value, p.value(), "value");
    }
}
