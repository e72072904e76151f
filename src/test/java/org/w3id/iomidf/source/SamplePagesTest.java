package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.ProjectPage;

/**
 * Every bundled real page (sample/pages and sample/seeds) against its expected/*.json, key by key.
 *
 * <p>{@code notes} is commentary, and {@code truncated} is not compared: in the bundled copies every
 * description paragraph was replaced by "Description paragraph N omitted.", so whether the original text
 * was cut off cannot be seen there ({@link TruncationTest} checks the rule on small inline pages).
 */
class SamplePagesTest {
    private static final PageParser PARSER = TestParsers.parser();

    @TestFactory
    Stream<DynamicTest> everyBundledPageGivesItsExpectedValues() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("/sample/pages", "/sample/seeds")) {
            Path dir = resource(folder);
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt"))
                        .sorted()
                        .forEach(page -> tests.add(
                                DynamicTest.dynamicTest(page.getFileName().toString(), () -> check(page))));
            }
        }
        assertEquals(31, tests.size(), "bundled pages");
        return tests.stream();
    }

    private static void check(Path page) throws IOException {
        String name = page.getFileName().toString().replaceFirst("\\.txt$", ".json");
        check(page, page.resolveSibling("expected").resolve(name));
    }

    /** Parses {@code page} and compares it with the truth in {@code truth}, key by key. */
    static void check(Path page, Path truth) {
        JsonObject expected = JSON.read(truth.toString());
        PageResult result = PARSER.parse(page);
        assertTrue(result.page().isPresent(), () -> "no record: " + result.problems());
        assertFalse(result.hasErrors(), () -> "errors: " + result.problems());
        Map<String, Object> actual = view(result.page().orElseThrow());
        List<String> differences = new ArrayList<>();
        for (String key : expected.keys()) {
            if (key.equals("notes") || key.equals("truncated")) {
                continue;
            }
            Object want = plain(expected.get(key));
            Object got = actual.get(key);
            if (!actual.containsKey(key) || !String.valueOf(want).equals(String.valueOf(got))) {
                differences.add(key + ": expected <" + want + "> but was <" + got + ">");
            }
        }
        assertTrue(
                differences.isEmpty(),
                () -> page.getFileName() + "\n  " + String.join("\n  ", differences) + "\n  problems: "
                        + result.problems());
    }

    /** The page in the terms of expected/*.json. */
    static Map<String, Object> view(ProjectPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", p.lang().tag());
        m.put("title", p.title());
        m.put("primaId", p.values().primaId());
        m.put("projectId", p.values().projectId());
        m.put("typeCode", p.values().typeCode());
        m.put("typeLabel", p.values().typeLabel());
        m.put("status", p.values().status() == null ? null : p.values().status().code());
        m.put("startYear", p.values().startYear());
        m.put("endYear", p.values().endYear());
        m.put("fundingYear", p.values().fundingYear());
        m.put(
                "budgetUSD",
                p.values().budgetUsd() == null ? null : p.values().budgetUsd().toPlainString());
        m.put(
                "coverage",
                p.values().coverage() == null ? null : p.values().coverage().code());
        m.put("region", p.values().region());
        m.put("countries", p.values().countries().stream().map(CountryRef::code).toList());
        m.put("descriptionParagraphs", p.description().size());
        m.put("truncated", p.truncated());
        return m;
    }

    private static Object plain(JsonValue v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().intValue();
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isArray()) {
            return v.getAsArray().stream().map(SamplePagesTest::plain).toList();
        }
        throw new IllegalArgumentException("unexpected JSON value " + v);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SamplePagesTest.class.getResource(name).toURI());
    }
}
