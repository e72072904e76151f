package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.iomidf.record.PageLanguage;

/** One name to one country, in every form the tables, CLDR and the variant list give. */
class LookupTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            Afghanistan (l')                              ; AFG
            l'Afghanistan                                 ; AFG
            the Islamic Republic of Afghanistan           ; AFG
            Afganistán (el)                               ; AFG
            República Dominicana (la)                     ; DOM
            la República Dominicana                       ; DOM
            Dominican Republic (the)                      ; DOM
            Dominique                                     ; DMA
            Turquie                                       ; TUR
            Türkiye                                       ; TUR
            Turkey                                        ; TUR
            Moldavie                                      ; MDA
            République de Moldova (la)                    ; MDA
            Moldova                                       ; MDA
            Democratic Republic of the Congo              ; COD
            Congo-Kinshasa                                ; COD
            République démocratique du Congo              ; COD
            Congo (the)                                   ; COG
            Congo                                         ; COG
            Federated States of Micronesia                ; FSM
            Micronésie (États fédérés de)                 ; FSM
            Côte d'Ivoire                                 ; CIV
            Ivory Coast                                   ; CIV
            Swaziland                                     ; SWZ
            Macedonia                                     ; MKD
            Cape Verde                                    ; CPV
            Burma                                         ; MMR
            East Timor                                    ; TLS
            Bolivia                                       ; BOL
            Venezuela                                     ; VEN
            Iran                                          ; IRN
            Syria                                         ; SYR
            Laos                                          ; LAO
            Russia                                        ; RUS
            Tanzania                                      ; TZA
            Vietnam                                       ; VNM
            South Korea                                   ; KOR
            Corée du Sud                                  ; KOR
            North Korea                                   ; PRK
            Palestine                                     ; PSE
            État de Palestine                             ; PSE
            Namibia                                       ; NAM
            MONGOLIE                                      ; MNG
            Guinea Bissau                                 ; GNB
            Saint-Martin (partie française)               ; MAF
            Sint Maarten (Dutch part)                     ; SXM
            China, Hong Kong Special Administrative Region; HKG
            Bolivia, Plurinational State of               ; BOL
            Korea, Republic of                            ; KOR
            Congo, The Democratic Republic of the         ; COD
            Kyrgyz Republic                               ; KGZ
            St Kitts & Nevis                              ; KNA
            Gambia (the)                                  ; GMB
            The Gambia                                    ; GMB
            Biélorussie                                   ; BLR
            """)
    void resolvesEveryForm(String name, String alpha3) {
        assertEquals(Optional.of(alpha3), gazetteer.lookup(name).map(Country::alpha3), name);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            textBlock =
                    """
            Serbia and Montenegro
            Serbia Montenegro
            Yugoslavia
            Netherlands Antilles
            Czechoslovakia
            USSR
            Kosovo
            Korea
            Saint Martin
            Ruritania
            Congo Chad
            the
            ''
            """)
    void leavesUnknownHistoricalAndAmbiguousNamesUnresolved(String name) {
        assertEquals(Optional.empty(), gazetteer.lookup(name), name);
    }

    @Test
    void theTablesNameSaintMartinForBothHalvesOfTheIsland() {
        // "Saint-Martin (partie française)" and "Saint-Martin (partie néerlandaise)" both shorten to
        // "Saint-Martin": the UN short names give it to two countries, so it stays unresolved
        NameIndex names = new NameIndex();
        CountryTable.read(M49Table.read(), names);
        assertEquals(Set.of("MAF", "SXM"), names.ambiguous().get("saint martin"));
    }

    @Test
    void unNamesAreLabelsInThreeLanguages() {
        Country tchad = gazetteer.lookup("Tchad").orElseThrow();
        assertEquals(Map.of(PageLanguage.EN, "Chad", PageLanguage.FR, "Tchad", PageLanguage.ES, "Chad"), tchad.names());
    }

    @Test
    void byAlpha3KnowsOnlyTableCodes() {
        assertTrue(gazetteer.byAlpha3("MNG").isPresent());
        assertEquals(Optional.empty(), gazetteer.byAlpha3("XKX"));
        assertEquals(Optional.empty(), gazetteer.byAlpha3(null));
        assertThrows(
                UnsupportedOperationException.class, () -> gazetteer.countries().clear());
    }
}
