package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratorSettings;
import org.w3id.iomidf.generate.PageGenerator;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.source.PageParser;

/** The spill gives back every page exactly as the parser made it, whatever the order and threads of the reads. */
class PageSpillTest {
    private static final Path SAMPLE = Path.of("src/test/resources/sample");

    @Test
    void everyPageComesBackEqualFromSeveralThreadsInAnyOrder(@TempDir Path dir) throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        // Generated pages add every layout, values out of the code lists, unresolved countries and warnings.
        new PageGenerator(gazetteer).generate(new GeneratorSettings(400, 20_261_201L, dir.resolve("gen"), 0.05));
        List<PageResult> parsed = new PageParser(gazetteer)
                .parseAll(List.of(SAMPLE.resolve("pages"), SAMPLE.resolve("seeds"), dir.resolve("gen/pages")));
        List<PageResult> kept = parsed.stream()
                .filter(r -> !r.hasErrors() && r.page().isPresent())
                .toList();
        assertTrue(kept.size() > 300, "pages to keep: " + kept.size());
        assertTrue(kept.stream().anyMatch(r -> !r.problems().isEmpty()), "some kept page has warnings");
        Path file = dir.resolve("pages.spill");
        try (PageSpill spill = PageSpill.create(file)) {
            List<Long> offsets = new ArrayList<>();
            for (PageResult r : kept) {
                offsets.add(spill.append(PageCodec.encode(r.page().get(), r.problems())));
            }
            assertEquals(Files.size(file), spill.size());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (int i : order) {
                    reads.add(pool.submit(() -> {
                        PageSpill.Entry back = spill.read(offsets.get(i));
                        assertEquals(kept.get(i).page().get(), back.page());
                        assertEquals(kept.get(i).problems(), back.problems());
                    }));
                }
                for (Future<?> read : reads) {
                    read.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertFalse(Files.exists(file), "the spill is deleted on close");
    }

    @Test
    void aTruncatedSpillIsAnErrorNotAPage(@TempDir Path dir) throws IOException {
        PageResult page = new PageParser(Gazetteer.load())
                .parseAll(List.of(SAMPLE.resolve("seeds"))).stream()
                        .filter(r -> r.page().isPresent())
                        .findFirst()
                        .orElseThrow();
        Path file = dir.resolve("pages.spill");
        try (PageSpill spill = PageSpill.create(file)) {
            long at = spill.append(PageCodec.encode(page.page().get(), page.problems()));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(spill.size() - 10);
            }
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> spill.read(at));
            assertTrue(e.getMessage().contains("pages.spill"), e.getMessage());
        }
    }
}
