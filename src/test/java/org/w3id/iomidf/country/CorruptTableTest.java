package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad reference data stops loading with the table and line named. */
class CorruptTableTest {

    private static final String BAD = "/reference-corrupt/bad-codes.csv";

    @Test
    void aMissingTableIsNamed() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> CsvTable.read("/reference/no-such-table.csv"));
        assertTrue(e.getMessage().contains("/reference/no-such-table.csv"), e.getMessage());
    }

    @Test
    void aBadCodeIsReportedWithTableAndLine() {
        List<CsvTable.Row> rows = CsvTable.read(BAD);
        assertEquals("NA", rows.get(0).get("ISO-alpha2 Code"), "NA is a code, not a missing value");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> M49Table.code(rows.get(1), "M49 Code"));
        assertEquals(
                BAD + ", line 3",
                e.getMessage().substring("reference table ".length()).split(":")[0]);
    }

    @Test
    void aMissingColumnIsReportedWithTheTable() {
        List<CsvTable.Row> rows = CsvTable.read(BAD);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> rows.get(0).get("Region Code"));
        assertTrue(e.getMessage().contains(BAD) && e.getMessage().contains("Region Code"), e.getMessage());
    }
}
