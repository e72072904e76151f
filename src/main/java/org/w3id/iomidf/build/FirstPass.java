package org.w3id.iomidf.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.w3id.iomidf.map.PageKey;
import org.w3id.iomidf.map.ProjectGrouping;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.source.PageFiles;
import org.w3id.iomidf.source.PageParser;
import org.w3id.iomidf.source.PageReader;

/**
 * Pass 1: reads and parses every page once, quarantines at once those with an ERROR problem (nothing of them is
 * published), keeps the others in a {@link PageSpill} on disk and groups them by project, holding only a few
 * small strings per page in memory. The second pass takes each group's pages back from the spill.
 */
final class FirstPass {

    /** How many quarantine reasons the console shows; the report has them all. */
    static final int REASONS_SHOWN = 3;

    /** One page as a worker hands it over: its key and kept bytes, or (when it cannot be published) its problems. */
    private record Read(String path, PageKey key, byte[] kept, List<Problem> problems) {}

    private final int pagesRead;
    /**
     * Each project's pages as their positions in the grouping (in path order), the projects in key order: all pass
     * 2 needs of the grouping, a few bytes per page (the paths and keys are dropped once the groups are known).
     */
    private final List<int[]> groups;

    private final PageSpill spill;
    /** Offset in the spill of each page, in the order the pages were added to the grouping. */
    private final long[] offsets;

    private FirstPass(int pagesRead, List<int[]> groups, PageSpill spill, long[] offsets) {
        this.pagesRead = pagesRead;
        this.groups = groups;
        this.spill = spill;
        this.offsets = offsets;
    }

    private static Read keyOf(PageResult result) {
        if (result.hasErrors() || result.page().isEmpty()) {
            return new Read(result.path(), null, null, result.problems());
        }
        return new Read(
                result.path(),
                PageKey.of(result.page().get()),
                PageCodec.encode(result.page().get(), result.problems()),
                List.of());
    }

    /** Reads the pages under {@code inputs}, keeping those that can be published in {@code spill}. */
    static FirstPass run(List<Path> inputs, PageParser parser, PageSpill spill, BuildReport report, boolean progress)
            throws IOException {
        PageFiles found = new PageReader().find(inputs);
        found.problems().forEach(p -> report.quarantine(new Quarantined(null, List.of(p.source()), List.of(p), null)));
        found.others().forEach(f -> report.other(f.toString()));
        ProjectGrouping grouping = new ProjectGrouping();
        long[] offsets = new long[found.pages()];
        try (Progress bar = new Progress(progress, "reading pages", found.pages())) {
            // A page leaves the worker as its key and its bytes for the spill: the window ahead stays small.
            InOrder.Sink<Read> keep = read -> {
                if (read.key() == null) {
                    report.quarantine(new Quarantined(null, List.of(read.path()), read.problems(), null));
                } else {
                    offsets[grouping.size()] = spill.append(read.kept());
                    grouping.add(read.key());
                }
                bar.step();
            };
            InOrder.run(found.files(), file -> keyOf(parser.parse(file)), keep);
            InOrder.run(found.archived(), page -> keyOf(parser.parse(page)), keep);
        }
        List<int[]> groups = grouping.groups().stream()
                .map(g -> g.added().stream().mapToInt(Integer::intValue).toArray())
                .toList();
        return new FirstPass(
                found.pages() + found.problems().size(), groups, spill, Arrays.copyOf(offsets, grouping.size()));
    }

    int pagesRead() {
        return pagesRead;
    }

    /** The projects found, sorted by key: each the positions of its pages, for {@link #pagesOf}. */
    List<int[]> groups() {
        return groups;
    }

    /** The pages of one group as the first pass parsed them, in the group's path order; safe from several threads. */
    List<PageSpill.Entry> pagesOf(int[] group) {
        return Arrays.stream(group).mapToObj(i -> spill.read(offsets[i])).toList();
    }
}
