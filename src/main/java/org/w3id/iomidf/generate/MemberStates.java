package org.w3id.iomidf.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Which countries of the reference table are independent states (column {@code is_independent} = Yes):
 * projects benefit member states, never territories, so generated pages name only those. The gazetteer
 * keeps every country and area, as pages of other sources may name them.
 */
final class MemberStates {
    private static final String RESOURCE = "/reference/country-codes.csv";

    private MemberStates() {}

    /** Alpha-3 codes of the independent states. */
    static Set<String> alpha3() {
        InputStream in = MemberStates.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("reference table " + RESOURCE + " is not on the classpath");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        Set<String> states = new TreeSet<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                if ("Yes".equals(row.get("is_independent").strip())) {
                    states.add(row.get("ISO3166-1-Alpha-3").strip());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read reference table " + RESOURCE, e);
        }
        if (states.isEmpty()) {
            throw new IllegalStateException("reference table " + RESOURCE + " lists no independent state");
        }
        return states;
    }
}
