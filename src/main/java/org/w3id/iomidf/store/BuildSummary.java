package org.w3id.iomidf.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a completed build did.
 *
 * @param pagesRead page files read (and input paths that did not exist)
 * @param published projects published
 * @param quarantined pages kept out of the published data
 * @param warnings warnings reported about published data
 * @param unresolved published projects naming a beneficiary that is not a known country
 * @param triples triples in the data dumps (the store also holds the dataset description)
 * @param release the release folder now live
 */
public record BuildSummary(
        int pagesRead,
        int published,
        int quarantined,
        int warnings,
        int unresolved,
        long triples,
        double seconds,
        Path release) {

    /** The one-line summary printed at the end of a build. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "pages read %d, projects published %d, quarantined %d, warnings %d, " + "triples %d, seconds %.1f",
                pagesRead,
                published,
                quarantined,
                warnings,
                triples,
                seconds);
    }

    /** True when some input needs a look: pages quarantined or beneficiaries not resolved. */
    public boolean inputProblems() {
        return quarantined > 0 || unresolved > 0;
    }
}
