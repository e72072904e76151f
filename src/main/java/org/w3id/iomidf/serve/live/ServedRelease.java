package org.w3id.iomidf.serve.live;

import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.release.BuildDirectoryException;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.serve.http.Route;
import org.w3id.iomidf.store.SearchIndex;

/**
 * One release opened for serving: its TDB2 database (read-only), the {@link Site} made from it, and the servlets
 * that answer from it. Requests hold it while they run ({@link #enter()}, {@link #leave()}); the server holds it
 * while it is live. The database is released when the last holder leaves, so a request that started on an older
 * release finishes on it even after a newer one was switched in.
 *
 * <p>This room knows no feature: the server says how a release is opened ({@link Opening}: the query settings
 * and the servlets of each route), so opening, pinning, warming and switching stay below what they serve.
 */
public final class ServedRelease {

    private static final Logger LOG = LoggerFactory.getLogger(ServedRelease.class);

    /**
     * How the server opens each release.
     *
     * @param queryTimeout each warming query's bound
     * @param bounds       puts the settings every query runs with into a context (the SPARQL endpoint's one place)
     * @param servlets     the servlet of each route, made for one opened release
     */
    public record Opening(
            Duration queryTimeout,
            UnaryOperator<Context> bounds,
            Function<ServedRelease, Map<Route, HttpServlet>> servlets) {}

    private final LiveRelease release;
    private final DatasetGraph base;
    /** The release's full-text index; null for a release built without one. */
    private final TextIndex text;

    private final Site site;
    private volatile Map<Route, HttpServlet> servlets = Map.of();
    /** Holders: the server while live (1), plus one per running request; 0 means closed. */
    private final AtomicInteger holders = new AtomicInteger(1);
    /** The example queries run once over the store when it is opened; null until started. */
    private volatile Warming warming;

    private ServedRelease(LiveRelease release, DatasetGraph base, TextIndex text, Site site) {
        this.release = release;
        this.base = base;
        this.text = text;
        this.site = site;
    }

    /**
     * Opens the release's database, makes its servlets and starts warming it ({@link Warming}: the example queries
     * run on a thread of their own, holding the release); {@link #awaitWarm()} waits for that.
     */
    public static ServedRelease open(LiveRelease release, Opening how) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(release.tdb2().toString());
        } catch (RuntimeException e) {
            throw locked(release, e);
        }
        TextIndex text = null;
        try {
            text = Files.isDirectory(release.text()) ? SearchIndex.open(release.text()) : null;
            Site site = Site.of(release, readOnly(dsg, text, how.bounds()));
            ServedRelease served = new ServedRelease(release, dsg, text, site);
            served.servlets = Map.copyOf(how.servlets().apply(served));
            served.enter();
            List<String> queries =
                    site.examples().stream().map(ExampleQueries.Example::sparql).toList();
            served.warming = Warming.start(release.id(), site.data(), queries, how.queryTimeout(), served::leave);
            return served;
        } catch (RuntimeException e) {
            if (text != null) {
                text.close();
            }
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /** The store as queries see it: read-only, bounded, with its text index (null if none) for text:query. */
    private static DatasetGraph readOnly(DatasetGraph dsg, TextIndex text, UnaryOperator<Context> bounds) {
        // Start from the database's own settings: a bare context would plan TDB2 queries without them.
        Context context = bounds.apply(dsg.getContext().copy());
        if (text != null) {
            context.set(TextQuery.textIndex, text);
        }
        return new DatasetGraphReadOnly(dsg, context);
    }

    /**
     * The failure to open a release's database, explained: most often another server holds it (TDB2 lets one
     * process open a database), and the way to republish is to build into the same folder.
     */
    private static RuntimeException locked(LiveRelease release, RuntimeException e) {
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
    public boolean warm() {
        return warming.done();
    }

    /** Waits until warming has ended (a switch does, so readers get a warm release). */
    void awaitWarm() {
        warming.await();
    }

    public boolean closed() {
        return holders.get() == 0;
    }

    public LiveRelease release() {
        return release;
    }

    public Site site() {
        return site;
    }

    public DatasetGraph data() {
        return site.data();
    }

    /** The servlet of {@code route} for this release. */
    HttpServlet servlet(Route route) {
        HttpServlet s = servlets.get(route);
        if (s == null) {
            throw new IllegalStateException("no servlet for route " + route);
        }
        return s;
    }
}
