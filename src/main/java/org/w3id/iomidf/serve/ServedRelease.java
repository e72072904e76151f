package org.w3id.iomidf.serve;

import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.serve.downloads.Downloads;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.pages.ExampleQueries;
import org.w3id.iomidf.serve.pages.ResourceServlet;
import org.w3id.iomidf.serve.release.BuildDirectoryException;
import org.w3id.iomidf.serve.release.Release;
import org.w3id.iomidf.serve.release.Site;
import org.w3id.iomidf.store.SearchIndex;

/**
 * One release opened for serving: its TDB2 database (read-only), the {@link Site} made from it, and the servlets
 * that answer from it. Requests hold it while they run ({@link #enter()}, {@link #leave()}); the server holds it
 * while it is live. The database is released when the last holder leaves, so a request that started on an older
 * release finishes on it even after a newer one was switched in.
 */
final class ServedRelease {

    private static final Logger LOG = LoggerFactory.getLogger(ServedRelease.class);

    private final Release release;
    private final DatasetGraph base;
    /** The release's full-text index; null for a release built without one. */
    private final TextIndex text;

    private final Site site;
    private final Downloads downloads;
    private final HealthServlet health;
    private final ResourceServlet resources;
    /** Holders: the server while live (1), plus one per running request; 0 means closed. */
    private final AtomicInteger holders = new AtomicInteger(1);
    /** The example queries run once over the store when it is opened; null until started. */
    private volatile Warming warming;

    private ServedRelease(
            Release release, DatasetGraph base, TextIndex text, Site site, SlowClients slow, Supplier<String> root) {
        this.release = release;
        this.base = base;
        this.text = text;
        this.site = site;
        this.downloads = new Downloads(site, slow, root);
        this.health = new HealthServlet(site, this::warm);
        this.resources = new ResourceServlet(site, downloads::describe);
    }

    /**
     * Opens the release's database and starts warming it ({@link Warming}: the example queries run once, on a
     * thread of their own, holding the release); {@link #awaitWarm()} waits for that.
     */
    static ServedRelease open(Release release, ServeConfig config, SlowClients slow, Supplier<String> root) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(release.tdb2().toString());
        } catch (RuntimeException e) {
            throw locked(release, e);
        }
        TextIndex text = null;
        try {
            text = Files.isDirectory(release.text()) ? SearchIndex.open(release.text()) : null;
            Site site = Site.of(release, LinkedDataServer.readOnly(dsg, text, config));
            ServedRelease served = new ServedRelease(release, dsg, text, site, slow, root);
            served.enter();
            served.warming = Warming.start(
                    release.id(),
                    site.data(),
                    ExampleQueries.load(release.base()),
                    config.queryTimeout(),
                    served::leave);
            return served;
        } catch (RuntimeException e) {
            if (text != null) {
                text.close();
            }
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /**
     * The failure to open a release's database, explained: most often another server holds it (TDB2 lets one
     * process open a database), and the way to republish is to build into the same folder.
     */
    private static RuntimeException locked(Release release, RuntimeException e) {
        Matcher m = HELD_BY.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return e;
        }
        Path dir = release.dir();
        return new BuildDirectoryException(
                dir,
                "already served by process " + m.group(1) + " (it holds "
                        + release.tdb2().resolve("tdb.lock")
                        + "); one server per build: stop that one first, or, to republish, run `idf-ld build PAGES --out "
                        + dir + "` and the running server switches to the new release by itself",
                e);
    }

    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    /** Takes a hold on the release; false if it was already closed (the caller then takes the newer one). */
    boolean enter() {
        for (int n = holders.get(); n > 0; n = holders.get()) {
            if (holders.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Gives a hold back; the last one closes the database. */
    void leave() {
        if (holders.decrementAndGet() == 0) {
            if (text != null) {
                text.close();
            }
            TDBInternal.expel(base);
            LOG.info("closed release {}", release.id());
        }
    }

    /** Whether warming has ended. */
    boolean warm() {
        return warming.done();
    }

    /** Waits until warming has ended (a switch does, so readers get a warm release). */
    void awaitWarm() {
        warming.await();
    }

    boolean closed() {
        return holders.get() == 0;
    }

    Release release() {
        return release;
    }

    Site site() {
        return site;
    }

    DatasetGraph data() {
        return site.data();
    }

    HttpServlet dumps() {
        return downloads.files();
    }

    HealthServlet health() {
        return health;
    }

    HttpServlet voidServlet() {
        return downloads.description();
    }

    ResourceServlet resources() {
        return resources;
    }
}
