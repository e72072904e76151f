package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.w3id.iomidf.record.CountryRef;

/**
 * Any text given to {@link Gazetteer#split} and {@link Gazetteer#lookup} keeps the promises of their
 * contracts: nothing is thrown; each mention is a non-blank piece of the input as written, the mentions in
 * input order, none ending in a comma; a resolved mention names a known country, the one {@code lookup}
 * gives for the same text. The input is the bytes read as UTF-8 and as raw UTF-16 code units; the seeds are
 * real beneficiary lines, under
 * {@code src/test/resources/org/w3id/iomidf/country/GazetteerFuzzTestInputs/names/}.
 */
class GazetteerFuzzTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void names(byte[] bytes) {
        for (String text : List.of(new String(bytes, StandardCharsets.UTF_8), codeUnits(bytes))) {
            checkSplit(text, GAZETTEER.split(text));
            Optional<Country> country = GAZETTEER.lookup(text);
            assertNotNull(country);
            country.ifPresent(c -> assertEquals(Optional.of(c), GAZETTEER.byAlpha3(c.alpha3())));
        }
    }

    /** The bytes as UTF-16 code units, pair by pair: any char, unpaired surrogates included (no decoder does). */
    private static String codeUnits(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length / 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            text.append((char) (((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)));
        }
        return text.toString();
    }

    private static void checkSplit(String text, List<CountryRef> mentions) {
        assertNotNull(mentions);
        if (text.isBlank()) {
            assertEquals(List.of(), mentions, "blank text has no mention");
        }
        int from = 0;
        for (CountryRef m : mentions) {
            String written = m.asWritten();
            assertFalse(written.isBlank(), () -> "blank mention in " + mentions);
            assertFalse(written.endsWith(",") || written.endsWith(";"), () -> "closing comma kept: " + written);
            int after = from;
            int at = text.indexOf(written, from);
            assertTrue(at >= 0, () -> "'" + written + "' is not a piece of the input after offset " + after);
            from = at + written.length();
            if (m.resolved()) {
                assertTrue(GAZETTEER.byAlpha3(m.alpha3()).isPresent(), () -> "unknown code " + m.alpha3());
                assertEquals(
                        Optional.of(m.alpha3()),
                        GAZETTEER.lookup(written).map(Country::alpha3),
                        () -> "split and lookup disagree on '" + written + "'");
            }
        }
    }
}
