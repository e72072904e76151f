package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.release.ReleaseHistory;
import org.w3id.iomidf.serve.http.Route;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.live.Site;

/**
 * What a release offers for download and how it is described: the files at {@code /dumps/} (with ranges,
 * checksums and the listing), the build's own description of the dataset at {@code /.well-known/void}, with
 * the server's own addresses added, and the kept releases at {@code /release/} with what changed in each.
 *
 * <pre>{@code
 * Downloads downloads = new Downloads(site, slow, root);
 * Map<Route, HttpServlet> servlets = downloads.servlets(served::warm);
 * }</pre>
 */
public final class Downloads {
    private final ServedDescription description;
    private final DumpServlet files;
    private final VoidServlet voidServlet;
    private final Site site;
    private final ReleaseHistory history;
    private final KeptReleaseServlet kept;

    /** @param root the server's public address, ending in / */
    public Downloads(Site site, SlowClients slow, Supplier<String> root) {
        LiveRelease release = site.release();
        this.site = site;
        this.description = new ServedDescription(site, root);
        this.files = new DumpServlet(release, slow, root);
        this.voidServlet = new VoidServlet(description);
        this.history = new ReleaseHistory(release.dir());
        this.kept = new KeptReleaseServlet(release, history, slow, root);
    }

    /** The servlets of this room's routes, for one release; {@code warm} says whether that release is warm. */
    public Map<Route, HttpServlet> servlets(BooleanSupplier warm) {
        return Map.of(
                Route.DUMPS,
                files,
                Route.RELEASES,
                kept,
                Route.DESCRIPTION,
                voidServlet,
                Route.HEALTH,
                new HealthServlet(site, warm));
    }

    /** The history section of a resource's page in {@code lang}: empty unless it is a project some release changed. */
    public String history(String iri, String lang) {
        return new ReleasePages(site.base(), lang).history(history.of(iri));
    }

    /** The description of the dataset, as {@code /.well-known/void} answers it. */
    public Model describe() {
        return description.describe();
    }
}
