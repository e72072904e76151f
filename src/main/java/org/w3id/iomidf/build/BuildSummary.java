package org.w3id.iomidf.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.w3id.iomidf.release.ReleaseLayout;

/**
 * What a completed build did.
 *
 * @param pagesRead page files read (and input paths that did not exist)
 * @param otherFiles files among the inputs that are not pages by their name (listed in the report, not read)
 * @param published projects published
 * @param quarantined pages kept out of the published data
 * @param warnings warnings reported about published data
 * @param unresolved published projects naming a beneficiary that is not a known country
 * @param likelyDuplicates pairs of published projects that are likely one project (listed in the report)
 * @param triples triples in the data dumps (the store also holds the dataset description)
 * @param release the release folder now live
 * @param reasons the first few reasons pages were quarantined, for the console
 */
public record BuildSummary(
        int pagesRead,
        int otherFiles,
        int published,
        int quarantined,
        int warnings,
        int unresolved,
        int likelyDuplicates,
        long triples,
        double seconds,
        Path release,
        List<String> reasons) {

    public BuildSummary {
        reasons = List.copyOf(reasons);
    }

    /** The one-line summary printed at the end of a build. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "pages read %d, other files %d, projects published %d, quarantined %d, warnings %d, "
                        + "triples %d, seconds %.1f",
                pagesRead,
                otherFiles,
                published,
                quarantined,
                warnings,
                triples,
                seconds);
    }

    /** The summary line, where the report is, and the first reasons pages were quarantined: the console's words. */
    public List<String> console() {
        List<String> out = new java.util.ArrayList<>();
        out.add(line());
        out.add("report: " + release.resolve(ReleaseLayout.REPORT).resolve("summary.txt"));
        if (likelyDuplicates > 0) {
            out.add("likely duplicates (published separately, not merged): " + likelyDuplicates
                    + ", listed in the report");
        }
        if (!reasons.isEmpty()) {
            out.add("quarantined, first reasons:");
            reasons.forEach(r -> out.add("  " + r));
        }
        return out;
    }

    /** The same summary for another release folder (the published one, once renamed). */
    BuildSummary in(Path folder) {
        return new BuildSummary(
                pagesRead,
                otherFiles,
                published,
                quarantined,
                warnings,
                unresolved,
                likelyDuplicates,
                triples,
                seconds,
                folder,
                reasons);
    }

    /** True when some input needs a look: pages quarantined or beneficiaries not resolved. */
    public boolean inputProblems() {
        return quarantined > 0 || unresolved > 0;
    }
}
