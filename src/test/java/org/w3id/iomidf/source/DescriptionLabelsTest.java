package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * A page half understood is never published as understood: the bullet layout saved with one {@code <p>} per
 * line reads with all its fields, and field labels left in a description are an error.
 */
class DescriptionLabelsTest {
    private static final PageParser PARSER = TestParsers.parser();

    /** BW10P0006-en.txt as a save tool writes it: each text line in its own paragraph, indentation inside it. */
    @Test
    void bulletPageWithOneParagraphPerLineGivesAllItsFields() {
        StringBuilder html = new StringBuilder("<html><body>\n<p>Enhancing Regional Cooperation</p>\n");
        String[][] rows = {
            {"Start Date", "2019"},
            {"End Date", "2021"},
            {"Project Status", "Completed"},
            {"Project Type", "Migration Policy Activities"},
            {"Budget Amount (USD)", "100000.00"},
            {"Coverage", "Regional"},
            {"Year", "2018"},
            {"IDF Region", "Africa"},
            {"Prima ID", "BW10P0006"},
            {"Projects ID", "PO.0123"},
            {"Benefiting Member States", "Angola Botswana Comoros"}
        };
        for (String[] row : rows) {
            html.append("<p>  • ")
                    .append(row[0])
                    .append("</p><p>    ")
                    .append(row[1])
                    .append("</p>\n");
        }
        html.append("<p>Description paragraph 1 omitted.</p></body></html>");
        PageResult r = parse("BW10P0006-en.html", html.toString());
        assertEquals(List.of(), r.problems());
        ProjectPage page = r.page().orElseThrow();
        assertEquals("BW10P0006", page.values().primaId());
        assertEquals("PO.0123", page.values().projectId());
        assertEquals(2019, page.values().startYear());
        assertEquals(2021, page.values().endYear());
        assertEquals(2018, page.values().fundingYear());
        assertEquals("100000.00", page.values().budgetUsd().toPlainString());
        assertEquals("Africa", page.values().region());
        assertEquals(
                List.of("AGO", "BWA", "COM"),
                page.values().countries().stream().map(CountryRef::code).toList());
        assertEquals(List.of("Description paragraph 1 omitted."), page.description());
    }

    @Test
    void labelsLeftInTheDescriptionAreAnErrorNamingThem() {
        PageResult r = parse(
                "page.txt",
                String.join(
                        "\n",
                        "A title",
                        "",
                        "    Tunisia Egypt",
                        "",
                        "Start Date",
                        "2019",
                        "- End Date:",
                        "2021",
                        "",
                        "The project trains officers."));
        assertTrue(r.hasErrors(), r.problems()::toString);
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        Problem e = errors.get(0);
        assertEquals(5, e.line());
        assertEquals(Field.DESCRIPTION, e.field());
        assertEquals("Start Date, - End Date:", e.value());
        assertTrue(e.message().startsWith("field labels in the description"), e::message);
    }

    @Test
    void aDescriptionThatMerelyMentionsALabelIsNoError() {
        PageResult r = parse(
                "page.txt", "A title\n\n    Tunisia\n\nThe start date and the coverage are set.\nCoverage: national.");
        assertEquals(List.of(), r.problems());
    }

    private static PageResult parse(String name, String text) {
        return PARSER.parse(new PageReader().read(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
