package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServlet;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.release.Release;
import org.w3id.iomidf.serve.release.Site;

/**
 * What a release offers for download and how it is described: the files at {@code /dumps/} (with ranges,
 * checksums and the listing) and the build's own description of the dataset at {@code /.well-known/void}, with
 * the server's own addresses added.
 *
 * <pre>{@code
 * Downloads downloads = new Downloads(site, slow, root);
 * builder.addServlet("/dumps/*", downloads.files()).addServlet("/.well-known/void", downloads.description());
 * }</pre>
 */
public final class Downloads {
    private final DatasetDescription description;
    private final DumpServlet files;
    private final VoidServlet voidServlet;

    /** @param root the server's public address, ending in / */
    public Downloads(Site site, SlowClients slow, Supplier<String> root) {
        Release release = site.release();
        this.description = new DatasetDescription(site, root);
        this.files = new DumpServlet(release, slow, root);
        this.voidServlet = new VoidServlet(description);
    }

    /** The servlet of {@code /dumps/}. */
    public HttpServlet files() {
        return files;
    }

    /** The servlet of {@code /.well-known/void}. */
    public HttpServlet description() {
        return voidServlet;
    }

    /** The description of the dataset, as {@code /.well-known/void} answers it. */
    public Model describe() {
        return description.describe();
    }
}
