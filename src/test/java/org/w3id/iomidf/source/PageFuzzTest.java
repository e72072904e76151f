package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * Any bytes, read as a text page or as a saved HTML page, give a {@link PageResult}: nothing is thrown,
 * and every problem is located within the text. Without {@code JAZZER_FUZZ} each method replays its seeds
 * (the real pages) and every input the fuzzer once failed on, under
 * {@code src/test/resources/org/w3id/iomidf/source/PageFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer mutates them, guided by coverage, for the {@code maxDuration} given (see the pom's fuzz executions).
 */
class PageFuzzTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final PageReader READER =
            new PageReader(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    private static final PageParser PARSER = new PageParser(GAZETTEER::split, READER);

    @FuzzTest(maxDuration = "40s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void textPage(byte[] bytes) {
        check("page.txt", bytes);
    }

    @FuzzTest(maxDuration = "40s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void htmlPage(byte[] bytes) {
        check("page.html", bytes);
    }

    private static void check(String name, byte[] bytes) {
        PageText text = READER.read(name, bytes);
        PageResult result = PARSER.parse(text);
        assertNotNull(result);
        assertEquals(name, result.path());
        int lineCount = sourceLines(bytes);
        for (Problem p : result.problems()) {
            assertEquals(name, p.source(), p::toString);
            assertNotNull(p.field(), p::toString);
            assertFalse(p.message().isBlank(), p::toString);
            assertTrue(p.line() >= 0 && p.line() <= lineCount, () -> p + " outside 1.." + lineCount);
        }
        if (text.lines().isEmpty()) {
            assertTrue(result.hasErrors(), "a page without text lines is an error");
        }
        result.page().ifPresent(page -> checkPage(page, lineCount));
    }

    private static void checkPage(ProjectPage page, int lineCount) {
        assertFalse(page.title().isBlank(), "a page has a title");
        for (Field f : page.lines().keySet()) {
            int line = page.lineOf(f);
            assertTrue(line >= 1 && line <= lineCount, () -> f + " on line " + line + " outside 1.." + lineCount);
        }
        for (CountryRef c : page.values().countries()) {
            assertFalse(
                    c.asWritten().isBlank(),
                    () -> "blank country mention in " + page.values().countries());
        }
        page.description().forEach(d -> assertFalse(d.isBlank(), "blank description line"));
    }

    /** The number of lines of the decoded source: the bound for every line a problem or field gives. */
    private static int sourceLines(byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return decoded == null ? 0 : PageReader.lines(decoded.text()).size();
    }
}
