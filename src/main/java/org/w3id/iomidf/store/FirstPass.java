package org.w3id.iomidf.store;

import java.nio.file.Path;
import java.util.List;
import org.w3id.iomidf.map.PageKey;
import org.w3id.iomidf.map.ProjectGroup;
import org.w3id.iomidf.map.ProjectGrouping;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.source.PageFiles;
import org.w3id.iomidf.source.PageParser;
import org.w3id.iomidf.source.PageReader;

/**
 * Pass 1: reads every page once, quarantines at once those with an ERROR problem (nothing of them is published)
 * and groups the others by project, keeping only a few small strings per page.
 */
record FirstPass(int pagesRead, List<ProjectGroup> groups) {

    static FirstPass run(List<Path> inputs, PageParser parser, BuildReport report, boolean progress) {
        PageFiles found = new PageReader().find(inputs);
        found.problems().forEach(p -> report.quarantine(new Quarantined(null, List.of(p.source()), List.of(p), null)));
        ProjectGrouping grouping = new ProjectGrouping();
        try (Progress bar =
                new Progress(progress, "reading pages", found.files().size())) {
            for (Path file : found.files()) {
                PageResult result = parser.parse(file);
                if (result.hasErrors() || result.page().isEmpty()) {
                    report.quarantine(new Quarantined(null, List.of(result.path()), result.problems(), null));
                } else {
                    grouping.add(PageKey.of(result.page().get()));
                }
                bar.step();
            }
        }
        return new FirstPass(found.files().size() + found.problems().size(), grouping.groups());
    }
}
