package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.PageLanguage;

/** The countries and regions agree with the UN M49 tables, read here on their own, line by line. */
class ReferenceTablesTest {

    private static Gazetteer gazetteer;
    private static final Map<PageLanguage, Map<String, CSVRecord>> UNSD = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        long start = System.nanoTime();
        gazetteer = Gazetteer.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Gazetteer.load() took " + millis + " ms");
        for (PageLanguage lang : PageLanguage.values()) {
            Map<String, CSVRecord> rows = new HashMap<>();
            for (CSVRecord row : readUnsd(lang)) {
                rows.put(row.get("ISO-alpha3 Code"), row);
            }
            UNSD.put(lang, rows);
        }
    }

    @Test
    void everyCountryOfTheM49TableIsThereOnce() {
        assertEquals(
                UNSD.get(PageLanguage.EN).keySet().size(), gazetteer.countries().size());
        List<String> sorted = new ArrayList<>(UNSD.get(PageLanguage.EN).keySet());
        sorted.sort(null);
        assertEquals(sorted, gazetteer.countries().stream().map(Country::alpha3).toList());
    }

    @Test
    void everyCountrysCodesNamesAndGroupsAgreeWithTheM49Tables() {
        for (Country country : gazetteer.countries()) {
            CSVRecord row = UNSD.get(PageLanguage.EN).get(country.alpha3());
            String where = country.alpha3();
            assertEquals(row.get("ISO-alpha2 Code"), country.alpha2(), where);
            assertEquals(row.get("M49 Code"), country.m49(), where);
            assertEquals(blankToNull(row.get("Region Code")), country.regionM49(), where);
            assertEquals(blankToNull(row.get("Sub-region Code")), country.subRegionM49(), where);
            assertEquals(blankToNull(row.get("Intermediate Region Code")), country.intermediateRegionM49(), where);
            assertEquals(row.get("Least Developed Countries (LDC)").equals("x"), country.ldc(), where);
            assertEquals(row.get("Land Locked Developing Countries (LLDC)").equals("x"), country.lldc(), where);
            assertEquals(row.get("Small Island Developing States (SIDS)").equals("x"), country.sids(), where);
            for (PageLanguage lang : PageLanguage.values()) {
                assertEquals(
                        UNSD.get(lang).get(country.alpha3()).get("Country or Area"),
                        country.names().get(lang),
                        where + " " + lang);
            }
        }
    }

    @Test
    void namibiaKeepsItsCodeNa() {
        Country namibia = gazetteer.byAlpha3("NAM").orElseThrow();
        assertEquals("NA", namibia.alpha2());
        assertEquals("516", namibia.m49());
        assertEquals("Namibie", namibia.names().get(PageLanguage.FR));
    }

    @Test
    void codesAreZeroPaddedAndLinksAreBareIds() {
        Country afghanistan = gazetteer.byAlpha3("AFG").orElseThrow();
        assertEquals("004", afghanistan.m49());
        assertEquals("Q889", afghanistan.wikidataId());
        assertEquals("1149361", afghanistan.geonamesId());
        assertEquals(
                "the Islamic Republic of Afghanistan", afghanistan.formalNames().get(PageLanguage.EN));
        assertEquals(
                "la República Islámica del Afganistán",
                afghanistan.formalNames().get(PageLanguage.ES));
        assertEquals(
                "the State of Palestine",
                gazetteer.byAlpha3("PSE").orElseThrow().formalNames().get(PageLanguage.EN));
        assertTrue(gazetteer.byAlpha3("AFG").orElseThrow().ldc());
    }

    @Test
    void mongoliaSitsInEasternAsiaInAsiaInTheWorld() {
        Country mongolia = gazetteer.byAlpha3("MNG").orElseThrow();
        assertEquals("030", mongolia.narrowestRegionM49());
        assertTrue(mongolia.lldc());
        M49Region eastern = region(mongolia.subRegionM49());
        assertEquals("Eastern Asia", eastern.names().get(PageLanguage.EN));
        assertEquals("Asie orientale", eastern.names().get(PageLanguage.FR));
        assertEquals(M49Region.Level.SUB_REGION, eastern.level());
        M49Region asia = region(eastern.parentM49());
        assertEquals("142", asia.m49());
        assertEquals("Asia", asia.names().get(PageLanguage.EN));
        M49Region world = region(asia.parentM49());
        assertEquals("001", world.m49());
        assertEquals(M49Region.Level.WORLD, world.level());
        assertNull(world.parentM49());
    }

    @Test
    void intermediateRegionsHangUnderSubRegions() {
        M49Region easternAfrica = region("014");
        assertEquals(M49Region.Level.INTERMEDIATE_REGION, easternAfrica.level());
        assertEquals("202", easternAfrica.parentM49());
        assertEquals("África oriental", easternAfrica.names().get(PageLanguage.ES));
        assertEquals("Africa", region(region("202").parentM49()).names().get(PageLanguage.EN));
    }

    @Test
    void regionsAreSortedNamedInThreeLanguagesAndCoverEveryCountry() {
        List<String> codes = gazetteer.regions().stream().map(M49Region::m49).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        gazetteer.regions().forEach(r -> assertEquals(3, r.names().size(), r.m49()));
        for (Country country : gazetteer.countries()) {
            if (country.regionM49() != null) {
                assertTrue(codes.contains(country.narrowestRegionM49()), country.alpha3());
            }
        }
        assertNull(gazetteer.byAlpha3("ATA").orElseThrow().regionM49(), "Antarctica has no M49 region");
    }

    @Test
    void loadsWellUnderASecond() {
        long start = System.nanoTime();
        Gazetteer.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Gazetteer.load() took " + millis + " ms when warm");
        assertTrue(millis < 1_000, "loading took " + millis + " ms");
    }

    private static M49Region region(String m49) {
        return gazetteer.regions().stream()
                .filter(r -> r.m49().equals(m49))
                .findFirst()
                .orElseThrow();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static List<CSVRecord> readUnsd(PageLanguage lang) throws IOException {
        String name = "/reference/unsd-m49-" + lang.tag() + ".csv";
        try (InputStream in = ReferenceTablesTest.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                return parser.getRecords();
            }
        }
    }
}
