package org.w3id.iomidf.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.Severity;
import org.w3id.iomidf.source.PageParser;

/**
 * Generated pages read back as the generator meant them: the parser's record of every page equals the
 * truth the generator wrote for it, key by key, and every page broken on purpose yields its problem.
 */
class GeneratorTest {
    private static final List<String> KEYS = List.of(
            "layout",
            "lang",
            "title",
            "primaId",
            "projectId",
            "typeCode",
            "typeLabel",
            "status",
            "startYear",
            "endYear",
            "fundingYear",
            "budgetUSD",
            "coverage",
            "region",
            "countries",
            "descriptionParagraphs",
            "truncated");

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void generatedPagesParseAsIntended(@TempDir Path out) throws IOException {
        GeneratedSet set = new PageGenerator(gazetteer).generate(new GeneratorSettings(600, 20_261_122L, out, 0.02));
        Map<String, PageResult> parsed = new PageParser(gazetteer)
                .parseAll(List.of(out.resolve("pages"))).stream()
                        .collect(Collectors.toMap(PageResult::path, Function.identity()));
        List<JsonObject> truths = Files.readAllLines(set.truth(), StandardCharsets.UTF_8).stream()
                .map(JSON::parse)
                .toList();
        assertEquals(600, truths.size());
        assertEquals(600, parsed.size(), "one result per page");

        List<String> mismatches = new ArrayList<>();
        Set<Broken> kindsSeen = EnumSet.noneOf(Broken.class);
        Set<Layout> layoutsSeen = EnumSet.noneOf(Layout.class);
        for (JsonObject truth : truths) {
            String file = truth.getString("file");
            PageResult result = parsed.get(out.resolve(file).toString());
            if (result == null) {
                mismatches.add(file + ": not read");
                continue;
            }
            String broken = truth.get("broken").isNull() ? null : truth.getString("broken");
            if (broken != null) {
                kindsSeen.add(kind(broken));
                checkProblem(file, truth, result, mismatches);
            } else {
                result.problems().stream()
                        .filter(p -> p.severity() == Severity.ERROR
                                || !p.field().key().equals("countries"))
                        .forEach(p -> mismatches.add(file + ": unexpected problem " + p));
            }
            if (broken == null || kind(broken).readable()) {
                if (result.page().isEmpty()) {
                    mismatches.add(file + ": no record; problems " + result.problems());
                    continue;
                }
                layoutsSeen.add(result.page().get().layout());
                compare(file, truth, values(result.page().get()), mismatches);
            } else if (result.page().isPresent()) {
                mismatches.add(file + ": a record from a page broken beyond reading (" + broken + ")");
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n" + String.join("\n", mismatches));
        assertEquals(EnumSet.allOf(Broken.class), kindsSeen, "every kind of broken page is generated");
        assertEquals(EnumSet.allOf(Layout.class), layoutsSeen, "every layout is generated");
    }

    private static Broken kind(String kind) {
        for (Broken b : Broken.values()) {
            if (b.kind().equals(kind)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown broken kind in truth: " + kind);
    }

    private static void checkProblem(String file, JsonObject truth, PageResult result, List<String> mismatches) {
        String field = truth.getString("problemField");
        String severity = truth.getString("problemSeverity");
        boolean found = result.problems().stream()
                .anyMatch(p ->
                        p.field().key().equals(field) && p.severity().name().equals(severity));
        if (!found) {
            mismatches.add(file + ": expected a " + severity + " on " + field + " (" + truth.getString("broken")
                    + "), got " + result.problems());
        }
    }

    private static void compare(String file, JsonObject truth, Map<String, String> actual, List<String> mismatches) {
        for (String key : KEYS) {
            String expected = text(truth.get(key));
            if (!expected.equals(actual.get(key))) {
                mismatches.add(file + ": " + key + " expected " + expected + " but parsed " + actual.get(key));
            }
        }
    }

    /** A truth value as text: strings bare, numbers and booleans as written, arrays as [a, b]. */
    private static String text(JsonValue v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isArray()) {
            return v.getAsArray().stream().map(GeneratorTest::text).toList().toString();
        }
        return v.isNumber() ? v.getAsNumber().value().toString() : v.toString();
    }

    private static Map<String, String> values(ProjectPage p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("layout", p.layout().name().toLowerCase(Locale.ROOT));
        v.put("lang", p.lang().tag());
        v.put("title", p.title());
        v.put("primaId", String.valueOf(p.values().primaId()));
        v.put("projectId", String.valueOf(p.values().projectId()));
        v.put("typeCode", String.valueOf(p.values().typeCode()));
        v.put("typeLabel", String.valueOf(p.values().typeLabel()));
        v.put(
                "status",
                p.values().status() == null ? "null" : p.values().status().code());
        v.put("startYear", String.valueOf(p.values().startYear()));
        v.put("endYear", String.valueOf(p.values().endYear()));
        v.put("fundingYear", String.valueOf(p.values().fundingYear()));
        BigDecimal budget = p.values().budgetUsd();
        v.put("budgetUSD", budget == null ? "null" : budget.setScale(2).toPlainString());
        v.put(
                "coverage",
                p.values().coverage() == null ? "null" : p.values().coverage().code());
        v.put("region", String.valueOf(p.values().region()));
        v.put(
                "countries",
                p.values().countries().stream().map(CountryRef::code).toList().toString());
        v.put("descriptionParagraphs", String.valueOf(p.description().size()));
        v.put("truncated", String.valueOf(p.truncated()));
        return v;
    }
}
