package org.w3id.iomidf.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.w3id.iomidf.map.PageKey;
import org.w3id.iomidf.map.ProjectGroup;
import org.w3id.iomidf.map.ProjectGrouping;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.source.PageFiles;
import org.w3id.iomidf.source.PageParser;
import org.w3id.iomidf.source.PageReader;

/**
 * Pass 1: reads every page once, quarantines at once those with an ERROR problem (nothing of them is published)
 * and groups the others by project, keeping only a few small strings per page.
 */
record FirstPass(int pagesRead, List<ProjectGroup> groups) {

    /** How many quarantine reasons the console shows; the report has them all. */
    static final int REASONS_SHOWN = 3;

    /** One page as pass 1 keeps it: its key, or (when it cannot be published) its problems. */
    private record Read(String path, PageKey key, List<Problem> problems) {}

    private static Read keyOf(PageResult result) {
        return result.hasErrors() || result.page().isEmpty()
                ? new Read(result.path(), null, result.problems())
                : new Read(result.path(), PageKey.of(result.page().get()), List.of());
    }

    static FirstPass run(List<Path> inputs, PageParser parser, BuildReport report, boolean progress)
            throws IOException {
        PageFiles found = new PageReader().find(inputs);
        found.problems().forEach(p -> report.quarantine(new Quarantined(null, List.of(p.source()), List.of(p), null)));
        found.others().forEach(f -> report.other(f.toString()));
        ProjectGrouping grouping = new ProjectGrouping();
        try (Progress bar =
                new Progress(progress, "reading pages", found.files().size())) {
            // Only the page's key leaves the worker, so the window ahead holds a few strings per page.
            InOrder.run(found.files(), file -> keyOf(parser.parse(file)), read -> {
                if (read.key() == null) {
                    report.quarantine(new Quarantined(null, List.of(read.path()), read.problems(), null));
                } else {
                    grouping.add(read.key());
                }
                bar.step();
            });
        }
        return new FirstPass(found.files().size() + found.problems().size(), grouping.groups());
    }
}
