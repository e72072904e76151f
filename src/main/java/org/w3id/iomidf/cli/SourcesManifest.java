package org.w3id.iomidf.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.w3id.iomidf.source.WebAddress;

/**
 * {@code build --sources FILE}: where each page was fetched from, as a crawler or a person writes it. A CSV file
 * with the header {@code file,url,retrieved_at} or JSON Lines with the keys {@code file}, {@code url} and
 * {@code retrieved_at} ({@code retrieved_at} optional, an ISO date). {@code file} is the page's path relative
 * to the input argument, or its file name. Any line that cannot be read stops the build before it starts.
 */
final class SourcesManifest {

    private SourcesManifest() {}

    /** A manifest line that cannot be used; the message names the file and line. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** The web address of each file the manifest names. */
    static Map<String, String> read(Path file) throws IOException, Invalid {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? jsonLines(file) : csv(file);
    }

    private static Map<String, String> csv(Path file) throws IOException, Invalid {
        Map<String, String> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, format)) {
            if (!csv.getHeaderNames().containsAll(List.of("file", "url"))) {
                throw new Invalid(file + ": the first line must name the columns file,url[,retrieved_at]");
            }
            for (CSVRecord r : csv) {
                add(out, file, r.getRecordNumber() + 1, r.get("file"), r.get("url"));
            }
        }
        return out;
    }

    private static Map<String, String> jsonLines(Path file) throws IOException, Invalid {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonObject o;
            try {
                o = JSON.parse(lines.get(i));
            } catch (JsonParseException e) {
                throw new Invalid(file + ":" + (i + 1) + ": not a JSON object: " + e.getMessage());
            }
            add(out, file, i + 1, text(o, "file"), text(o, "url"));
        }
        return out;
    }

    private static String text(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    private static void add(Map<String, String> out, Path file, long line, String page, String url) throws Invalid {
        if (page == null || page.isBlank()) {
            throw new Invalid(file + ":" + line + ": no file named");
        }
        if (!WebAddress.valid(url)) {
            throw new Invalid(file + ":" + line + ": not an absolute http(s) address: " + url);
        }
        String key = page.strip().replace('\\', '/');
        while (key.startsWith("./")) {
            key = key.substring(2);
        }
        if (out.put(key, url) != null) {
            throw new Invalid(file + ":" + line + ": " + key + " is listed twice");
        }
    }
}
