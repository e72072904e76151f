package org.w3id.iomidf.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One reference table read from the classpath. Values are trimmed and never turned into nulls, so
 * Namibia's alpha-2 code {@code NA} stays a code; a UTF-8 byte-order mark before the header is skipped.
 */
final class CsvTable {

    /** One data row; {@link #get} names the table and line when a column is missing. */
    record Row(String table, long line, CSVRecord record) {
        String get(String column) {
            if (!record.isMapped(column)) {
                throw new IllegalStateException("reference table " + table + ": no column '" + column + "'");
            }
            if (!record.isSet(column)) {
                throw new IllegalStateException(
                        "reference table " + table + ", line " + line + ": row too short for column '" + column + "'");
            }
            return record.get(column).strip();
        }

        /** The value, or null when the cell is blank. */
        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        IllegalStateException corrupt(String message, Throwable cause) {
            return new IllegalStateException("reference table " + table + ", line " + line + ": " + message, cause);
        }
    }

    private CsvTable() {}

    static List<Row> read(String resource) {
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table " + resource + " is not on the classpath");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader reader = skipByteOrderMark(new InputStreamReader(in, StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(resource, record.getRecordNumber() + 1, record));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read reference table " + resource, e);
        }
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
