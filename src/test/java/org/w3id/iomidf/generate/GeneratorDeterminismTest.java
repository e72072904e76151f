package org.w3id.iomidf.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.country.Gazetteer;

/** The same settings give the same bytes; another seed gives other pages; files have the promised shape. */
class GeneratorDeterminismTest {
    private static PageGenerator generator;

    @BeforeAll
    static void load() {
        generator = new PageGenerator(Gazetteer.load());
    }

    @Test
    void sameSeedSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        generator.generate(new GeneratorSettings(300, 11L, a, 0.02));
        generator.generate(new GeneratorSettings(300, 11L, b, 0.02));
        Map<String, String> first = digests(a);
        assertEquals(301, first.size(), "300 pages and the truth file");
        assertEquals(first, digests(b));
    }

    @Test
    void otherSeedOtherPages(@TempDir Path a, @TempDir Path b) throws IOException {
        generator.generate(new GeneratorSettings(100, 1L, a));
        generator.generate(new GeneratorSettings(100, 2L, b));
        assertFalse(Files.readString(a.resolve(PageGenerator.TRUTH_FILE))
                .equals(Files.readString(b.resolve(PageGenerator.TRUTH_FILE))));
    }

    @Test
    void pagesAreSpreadOverFoldersAndEndWithoutNewline(@TempDir Path out) throws IOException {
        GeneratedSet set = generator.generate(new GeneratorSettings(2500, 5L, out, 0));
        assertEquals(2500, set.pages());
        assertEquals(0, set.broken());
        try (Stream<Path> folders = Files.list(out.resolve("pages"))) {
            assertEquals(
                    List.of("0000", "0001", "0002"),
                    folders.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> truth = Files.readAllLines(out.resolve(PageGenerator.TRUTH_FILE), StandardCharsets.UTF_8);
        assertEquals(2500, truth.size());
        for (String line : truth.subList(0, 200)) {
            String file = JSON.parse(line).getString("file");
            byte[] bytes = Files.readAllBytes(out.resolve(file));
            assertTrue(bytes.length > 0 && bytes[bytes.length - 1] != '\n', file + " ends with a newline");
        }
    }

    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
