package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iomidf.record.CountryRef;

/**
 * The beneficiary lines of the bundled sample pages, copied from the pages, resolve to the countries of
 * each page's {@code expected/*.json} (duplicates dropped as the caller does). Each page's line is one
 * string, except on the old-site layout, where beneficiaries stand one per line.
 */
class SamplePagesTest {

    private static final Map<String, List<String>> BENEFICIARY_LINES = Map.ofEntries(
            Map.entry(
                    "pages/BW10P0006-en",
                    List.of(
                            "Angola Botswana Comoros Democratic Republic of the Congo"
                                    + " Eswatini Lesotho Madagascar Malawi Mauritius Mozambique Namibia South Africa Zambia Zimbabwe")),
            Map.entry("pages/CE.0134-en", List.of("Uruguay")),
            Map.entry("pages/CH10P0641-fr", List.of("Brésil République dominicaine Pérou")),
            Map.entry("pages/CI10P0545-fr", List.of("Côte d'Ivoire")),
            Map.entry("pages/DM10P0510-en", List.of("Dominica")),
            Map.entry("pages/DM10P0510-es", List.of("Dominica")),
            Map.entry("pages/EG10P0005-fr", List.of("Tunisie Égypte Maroc")),
            Map.entry("pages/FJ10P0514-en", List.of("Fiji Tonga Vanuatu")),
            Map.entry("pages/FM.0283-fr", List.of("Federated States of Micronesia")),
            Map.entry("pages/GE10P0527-en", List.of("Armenia Georgia")),
            Map.entry("pages/HT10P0544-fr", List.of("Haïti")),
            Map.entry("pages/MA.0293-en", List.of("El Salvador", "Honduras", "Guatemala", "Nicaragua")),
            Map.entry("pages/MX10P0536-en", List.of("Mexico")),
            Map.entry("pages/MZ10P0504-es", List.of("Mozambique")),
            Map.entry(
                    "pages/NI10P0003-es",
                    List.of(
                            "Belice Costa Rica República Dominicana (la) El Salvador Guatemala Honduras México Nicaragua")),
            Map.entry("pages/NOID-albania-migration-governance-en", List.of("")),
            Map.entry("pages/NOID-congo-capacity-building-en", List.of("Democratic Republic of the Congo")),
            Map.entry("pages/NOID-mena-labour-migration-standards-en", List.of("Tunisia Egypt Morocco")),
            Map.entry("pages/NOID-south-caucasus-readmission-return-en", List.of("Armenia Azerbaijan Georgia")),
            Map.entry("pages/RT.1130-en-devfund-fr-chrome", List.of("Colombia")),
            Map.entry("pages/RW10P0002-en", List.of("Rwanda")),
            Map.entry("pages/TN10P0002-en-devfund", List.of("Tunisia")),
            Map.entry("pages/TN10P0002-en", List.of("Tunisia")),
            Map.entry("pages/TO10P0506-en", List.of("Tonga Vanuatu")),
            Map.entry("pages/V43-805-en", List.of("Zambia")),
            Map.entry("pages/WS10P0504-en", List.of("Palau Samoa Solomon Islands")),
            Map.entry("seeds/000_57dd7849d06cd5b2", List.of("Mongolie")),
            Map.entry("seeds/001_f701c29ff841312e", List.of("Mexique")),
            Map.entry("seeds/002_a4182523cbf0cc26", List.of("Chine")),
            Map.entry("seeds/003_b91ee137a881109a", List.of("Colombie")),
            Map.entry("seeds/004_bbf44d9479860250", List.of("Chine")));

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    static Stream<Arguments> pages() {
        return BENEFICIARY_LINES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void beneficiariesResolveToTheExpectedCountries(String page, List<String> lines) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String line : lines) {
            gazetteer.split(line).stream().map(CountryRef::code).forEach(codes::add);
        }
        assertEquals(expectedCountries(page), new ArrayList<>(codes), page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theLineIsOnThePage(String page, List<String> lines) {
        String text = resource("/sample/" + page + ".txt");
        for (String line : lines) {
            assertTrue(text.contains(line), page + " does not contain '" + line + "'");
        }
    }

    private static List<String> expectedCountries(String page) {
        int slash = page.indexOf('/');
        String json = "/sample/" + page.substring(0, slash) + "/expected" + page.substring(slash) + ".json";
        JsonObject expected = JSON.parseAny(resource(json)).getAsObject();
        return expected.get("countries").getAsArray().stream()
                .map(JsonValue::getAsString)
                .map(string -> string.value())
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SamplePagesTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
