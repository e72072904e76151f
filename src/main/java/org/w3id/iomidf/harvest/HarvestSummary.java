package org.w3id.iomidf.harvest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What one harvest did: project pages new, changed, unchanged (a 304 or the same bytes), gone (404 or 410) and
 * failed (no usable answer within the bounds); pages that turned out not to be project pages; addresses robots.txt
 * forbids; requests sent; the WARC file written; the first failures with their reasons.
 */
public record HarvestSummary(
        Path warc,
        int added,
        int changed,
        int unchanged,
        int gone,
        int failed,
        int notProjectPages,
        int disallowed,
        int requests,
        double seconds,
        List<String> failures) {

    public HarvestSummary {
        failures = List.copyOf(failures);
    }

    /** Whether anything usable was fetched: a project page new, changed or confirmed unchanged. */
    public boolean usable() {
        return added + changed + unchanged > 0;
    }

    /** The summary lines printed at the end. */
    public List<String> console() {
        return List.of(
                String.format(
                        Locale.ROOT,
                        "pages new %d, changed %d, unchanged %d, gone %d, failed %d; not project pages %d, "
                                + "forbidden by robots.txt %d; requests %d in %.1f s (%.1f/s)",
                        added,
                        changed,
                        unchanged,
                        gone,
                        failed,
                        notProjectPages,
                        disallowed,
                        requests,
                        seconds,
                        seconds > 0 ? requests / seconds : 0),
                "archive: " + warc);
    }
}
