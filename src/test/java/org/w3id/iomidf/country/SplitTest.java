package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.iomidf.record.CountryRef;

/** Beneficiary lines cut into mentions: the traps real pages set. */
class SplitTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static String codes(String text) {
        return String.join(
                " | ", gazetteer.split(text).stream().map(CountryRef::code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            Democratic Republic of the Congo Congo                     ; COD | COG
            Congo                                                      ; COG
            Dominica Dominican Republic                                ; DMA | DOM
            Dominican Republic Dominica                                ; DOM | DMA
            República Dominicana (la) Dominica                         ; DOM | DMA
            République dominicaine Dominique                           ; DOM | DMA
            Guinea Guinea-Bissau Equatorial Guinea Papua New Guinea    ; GIN | GNB | GNQ | PNG
            Guinée équatoriale Guinée Guinée-Bissau                    ; GNQ | GIN | GNB
            Guinea Bissau                                              ; GNB
            Niger Nigeria Sudan South Sudan                            ; NER | NGA | SDN | SSD
            Costa Rica El Salvador South Africa Solomon Islands        ; CRI | SLV | ZAF | SLB
            Belice Costa Rica República Dominicana (la) El Salvador    ; BLZ | CRI | DOM | SLV
            Afghanistan (l') Bahamas (les)                             ; AFG | BHS
            the Islamic Republic of Afghanistan Chad                   ; AFG | TCD
            la Turquie l'Afghanistan                                   ; TUR | AFG
            Côte d'Ivoire Côte d’Ivoire CÔTE DʼIVOIRE Cote d Ivoire    ; CIV | CIV | CIV | CIV
            Timor-Leste Timor Leste Timor–Leste                        ; TLS | TLS | TLS
            Turquie Moldavie Tchad                                     ; TUR | MDA | TCD
            Federated States of Micronesia Tonga                       ; FSM | TON
            Bolivia (Plurinational State of) Peru                      ; BOL | PER
            Bolivie (État plurinational de) Pérou                      ; BOL | PER
            Angola Angola Namibia                                      ; AGO | AGO | NAM
            Armenia, Azerbaijan and Georgia                            ; ARM | AZE | GEO
            Brésil et Pérou                                            ; BRA | PER
            Trinidad and Tobago Antigua & Barbuda                      ; TTO | ATG
            Korea, Republic of Japan                                   ; KOR | JPN
            Bolivia, Plurinational State of, Peru                      ; BOL | PER
            """)
    void splitsLongestNamesFirst(String text, String expected) {
        assertEquals(expected, codes(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            Serbia Montenegro                   ; ?Serbia Montenegro
            Serbia and Montenegro Albania       ; ?Serbia and Montenegro | ALB
            Albania Serbie-et-Monténégro        ; ALB | ?Serbie-et-Monténégro
            Serbia, Montenegro                  ; SRB | MNE
            Yugoslavia Czechoslovakia USSR      ; ?Yugoslavia | ?Czechoslovakia | ?USSR
            Netherlands Antilles Netherlands    ; ?Netherlands Antilles | NLD
            Kosovo Albania                      ; ?Kosovo | ALB
            Atlantis Mongolia                   ; ?Atlantis | MNG
            Mongolia Lower Atlantis Chad        ; MNG | ?Lower Atlantis | TCD
            Saint Martin                        ; ?Saint Martin
            """)
    void keepsUnresolvableNamesWhole(String text, String expected) {
        assertEquals(expected, codes(text));
    }

    @Test
    void keepsTheTextAsWritten() {
        List<CountryRef> mentions = gazetteer.split("  República Dominicana (la),  El  Salvador Ruritania ");
        assertEquals(
                List.of(
                        new CountryRef("República Dominicana (la)", "DOM"),
                        new CountryRef("El  Salvador", "SLV"),
                        new CountryRef("Ruritania", null)),
                mentions);
    }

    @Test
    void blankTextHasNoMention() {
        assertEquals(List.of(), gazetteer.split(""));
        assertEquals(List.of(), gazetteer.split(" \t\n "));
        assertEquals(List.of(), gazetteer.split(null));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(20261122);
        String alphabet = "aeiouCGNRST -–—,;()'’ʼ&.*/\t\néçñ\u0301\uFEFF\u00A0";
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(
                        random.nextInt(8) == 0
                                ? (char) random.nextInt(0xFFFF)
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<CountryRef> mentions = gazetteer.split(text.toString());
            mentions.forEach(m -> assertTrue(!m.asWritten().isBlank(), "blank mention in '" + text + "'"));
            gazetteer.lookup(text.toString());
        }
    }

    @Test
    void longInputTakesLinearTime() {
        String line = "Democratic Republic of the Congo Guinea Papua New Guinea Ruritania , and ".repeat(20_000);
        long start = System.nanoTime();
        List<CountryRef> mentions = gazetteer.split(line);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(80_000, mentions.size());
        assertTrue(millis < 5_000, "splitting took " + millis + " ms");
    }
}
