package org.w3id.iomidf.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.source.CodeLists;

/**
 * Writes synthetic project pages that look like the real ones, for tests at scale and for benchmarks: all
 * three layouts, English, French and Spanish labels with the Spanish status-label defect, missing and
 * empty values, legacy identifiers, space-joined beneficiaries from the reference country table, projects
 * with pages in several languages that disagree, both budget formats and a share of broken pages. Next to
 * the pages, {@code truth.jsonl} says, one JSON object per page, what a correct reader extracts from each.
 *
 * <pre>
 * PageGenerator generator = new PageGenerator(Gazetteer.load());
 * GeneratedSet set = generator.generate(new GeneratorSettings(10_000, 42L, Path.of("/tmp/pages")));
 * </pre>
 *
 * <p>The same settings give byte-identical files: every draw comes from one seeded random source, in one
 * order. Pages are streamed to disk, so memory does not grow with their number; they are spread over
 * folders of {@value #PER_FOLDER} pages.
 */
public final class PageGenerator {
    /** Pages per sub-folder of {@code pages/}. */
    public static final int PER_FOLDER = 1000;
    /** The truth file, next to {@code pages/}. */
    public static final String TRUTH_FILE = "truth.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(PageGenerator.class);

    private final Gazetteer gazetteer;
    private final CodeLists codes;
    private final PageRenderer renderer;

    public PageGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.codes = CodeLists.load();
        this.renderer = new PageRenderer();
    }

    /**
     * Writes {@code settings.pages()} pages under {@code out/pages/} and their truth to {@code out/truth.jsonl}.
     *
     * @throws UncheckedIOException naming the file, when a file cannot be written
     */
    public GeneratedSet generate(GeneratorSettings settings) {
        long started = System.nanoTime();
        Path truthFile = settings.out().resolve(TRUTH_FILE);
        GeneratedSet set;
        try {
            Files.createDirectories(settings.out().resolve("pages"));
            try (BufferedWriter truth = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
                set = write(settings, truth);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated pages under " + settings.out(), e);
        }
        LOG.info(
                "Generated {} pages of {} projects ({} broken) in {} ms under {}",
                set.pages(),
                set.projects(),
                set.broken(),
                (System.nanoTime() - started) / 1_000_000,
                settings.out());
        return set;
    }

    /** Draws projects and writes their pages, one at a time, until there are enough pages. */
    private GeneratedSet write(GeneratorSettings settings, BufferedWriter truth) throws IOException {
        SplittableRandom rng = new SplittableRandom(settings.seed());
        ProjectDraw projects = new ProjectDraw(rng, codes, gazetteer.countries());
        PageDrafter drafter = new PageDrafter(rng, codes);
        int written = 0;
        int broken = 0;
        int projectCount = 0;
        while (written < settings.pages()) {
            Project project = projects.next();
            projectCount++;
            for (PageDrafter.Slot planned : drafter.plan(project)) {
                if (written == settings.pages()) {
                    break;
                }
                Broken fault = settings.broken(written);
                PageDrafter.Slot slot = PageDrafter.fit(planned, fault);
                PageDraft draft = drafter.draft(project, slot, fileName(written, project, slot), fault);
                Path path = settings.out().resolve(draft.file());
                if (written % PER_FOLDER == 0) {
                    Files.createDirectories(path.getParent());
                }
                Files.write(path, renderer.render(draft, rng));
                truth.write(draft.truth().json());
                truth.write('\n');
                written++;
                broken += fault == null ? 0 : 1;
            }
        }
        return new GeneratedSet(settings.out(), settings.out().resolve(TRUTH_FILE), written, projectCount, broken);
    }

    /** {@code pages/0001/0001234-DM10P0510-es.txt}: the folder from the page number, then an identifier. */
    private static String fileName(int index, Project p, PageDrafter.Slot slot) {
        String id = p.primaId() != null ? p.primaId() : p.projectId() != null ? p.projectId() : "NOID";
        String suffix = slot.layout() == org.w3id.iomidf.record.Layout.DEVFUND ? "-devfund" : "";
        String extension = slot.html() ? "html" : "txt";
        return String.format(
                Locale.ROOT,
                "pages/%04d/%07d-%s-%s%s.%s",
                index / PER_FOLDER,
                index,
                id,
                slot.lang().tag(),
                suffix,
                extension);
    }
}
