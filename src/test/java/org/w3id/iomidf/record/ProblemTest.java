package org.w3id.iomidf.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void printsFileLineFieldAndValue() {
        Problem p = Problem.error("pages/a.txt", 12, Field.BUDGET, "12O,000", "not a number");
        assertEquals("pages/a.txt:12: ERROR [budgetUSD] not a number ('12O,000')", p.toString());
    }

    @Test
    void rejectsNegativeLine() {
        assertThrows(IllegalArgumentException.class, () -> Problem.warning("a", -1, Field.TITLE, null, "x"));
    }

    @Test
    void unresolvedCountryKeepsItsName() {
        assertEquals("?Serbia Montenegro", new CountryRef("Serbia Montenegro", null).code());
        assertEquals("MNG", new CountryRef("Mongolie", "MNG").code());
    }
}
