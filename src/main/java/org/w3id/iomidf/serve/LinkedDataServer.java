package org.w3id.iomidf.serve;

import jakarta.servlet.http.HttpServlet;
import java.net.BindException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.release.BuildDirectoryException;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.serve.downloads.Downloads;
import org.w3id.iomidf.serve.http.AccessLog;
import org.w3id.iomidf.serve.http.ConnectorLimits;
import org.w3id.iomidf.serve.http.Cors;
import org.w3id.iomidf.serve.http.NoSniff;
import org.w3id.iomidf.serve.http.PlainErrors;
import org.w3id.iomidf.serve.http.PortInUseException;
import org.w3id.iomidf.serve.http.RequestLimits;
import org.w3id.iomidf.serve.http.Route;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.live.PinnedDataset;
import org.w3id.iomidf.serve.live.ReleaseFilter;
import org.w3id.iomidf.serve.live.ReleaseServlet;
import org.w3id.iomidf.serve.live.ReleaseSwitch;
import org.w3id.iomidf.serve.live.ReleaseWatcher;
import org.w3id.iomidf.serve.live.ReloadOptions;
import org.w3id.iomidf.serve.live.ServedRelease;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.pages.AssetServlet;
import org.w3id.iomidf.serve.pages.Pages;
import org.w3id.iomidf.serve.sparql.SparqlEndpoint;

/**
 * The last stage of the pipeline: serves a build, read-only, over HTTP, and switches to each newer release of it
 * without stopping (see {@link ReleaseSwitch}). An embedded Fuseki answers SPARQL
 * queries (and only queries) at {@code /sparql}; the server's own servlets answer the resource IRIs, the
 * downloads, the VoID description, the query editor and the health check.
 *
 * <pre>
 * try (LinkedDataServer s = LinkedDataServer.start(ServeConfig.of(Path.of("site"), 3030))) {
 *     s.join();
 * }
 * </pre>
 */
public final class LinkedDataServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServer.class);

    /** Jetty's threads: far more than the queries that may run at once, so the health check, pages and
     * downloads always find one; slow clients cannot keep them ({@link SlowClients}). */
    static final int MAX_THREADS = 200;

    private final FusekiServer fuseki;
    private final ReleaseSwitch releases;
    private final AutoCloseable[] parts;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Duration queryTimeout;

    private LinkedDataServer(
            FusekiServer fuseki, ReleaseSwitch releases, Duration queryTimeout, AutoCloseable... parts) {
        this.fuseki = fuseki;
        this.releases = releases;
        this.queryTimeout = queryTimeout;
        this.parts = parts;
    }

    /** {@link #start(ServeConfig, ReloadOptions)} with the watcher on. */
    public static LinkedDataServer start(ServeConfig config) {
        return start(config, ReloadOptions.DEFAULT);
    }

    /**
     * Opens the live release of {@code config.dir()} and starts serving it, switching to newer releases as
     * {@code reload} says.
     *
     * @throws BuildDirectoryException if the directory holds no complete release
     * @throws PortInUseException      if the port is taken
     */
    public static LinkedDataServer start(ServeConfig config, ReloadOptions reload) {
        SlowClients slow = new SlowClients();
        SparqlEndpoint sparql = new SparqlEndpoint(
                config.limits(),
                config.federation(),
                config.queryTimeout(),
                config.maxResultBytes(),
                config.cacheBytes());
        AtomicReference<String> root = new AtomicReference<>(config.publicUrl());
        ServedRelease.Opening opening = new ServedRelease.Opening(
                config.queryTimeout(), sparql::bound, served -> routes(served, slow, root::get));
        Function<LiveRelease, ServedRelease> open = r -> ServedRelease.open(r, opening);
        ReleaseSwitch releases;
        try {
            releases = new ReleaseSwitch(config.dir(), open.apply(LiveRelease.open(config.dir())), open);
        } catch (RuntimeException e) {
            slow.close();
            sparql.close();
            throw e;
        }
        try {
            Site site = releases.current().site();
            FusekiServer fuseki = fuseki(config, new PinnedDataset(releases), releases, slow, sparql, root::get)
                    .build();
            Server jetty = fuseki.getJettyServer();
            ConnectorLimits.apply(
                    jetty, config.limits().maxHeaderBytes(), config.limits().maxBodyBytes());
            PlainErrors.install(jetty);
            slow.watch(jetty);
            jetty.setHandler(new GracefulHandler(jetty.getHandler()));
            jetty.setStopTimeout(config.queryTimeout().plus(DRAIN).toMillis());
            start(fuseki, config.port());
            if (root.get() == null) {
                root.set("http://localhost:" + fuseki.getHttpPort() + "/");
            }
            AutoCloseable watcher =
                    reload.watchEvery().isZero() ? () -> {} : ReleaseWatcher.start(releases, reload.watchEvery());
            LinkedDataServer server =
                    new LinkedDataServer(fuseki, releases, config.queryTimeout(), watcher, slow, sparql);
            LOG.info(
                    "serving release {} ({} triples) of {} on port {}",
                    site.release().id(),
                    site.triples(),
                    config.dir(),
                    server.port());
            return server;
        } catch (RuntimeException e) {
            slow.close();
            sparql.close();
            releases.close();
            throw e;
        }
    }

    /** How long past the query timeout a stop on a signal may take in all; then the process halts. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** How long past the query timeout a stop waits for running requests (downloads among them); the rest of
     * {@link #SHUTDOWN_GRACE} is for releasing the database. */
    static final Duration DRAIN = Duration.ofSeconds(3);

    /** The exit code of a process that did not stop within the query timeout and {@link #SHUTDOWN_GRACE} of a
     * SIGTERM or Ctrl-C and was halted. */
    public static final int HALTED = 4;

    /** The servlets of one opened release, by route: the downloads room's and the pages room's. */
    private static Map<Route, HttpServlet> routes(ServedRelease served, SlowClients slow, Supplier<String> root) {
        Downloads downloads = new Downloads(served.site(), slow, root);
        Map<Route, HttpServlet> routes = new EnumMap<>(Route.class);
        routes.putAll(downloads.servlets(served::warm));
        routes.putAll(Pages.servlets(served.site(), downloads::describe, downloads::history));
        return routes;
    }

    private static FusekiServer.Builder fuseki(
            ServeConfig config,
            DatasetGraph data,
            ReleaseSwitch releases,
            SlowClients slow,
            SparqlEndpoint sparql,
            Supplier<String> root) {
        // ARQ's global settings, with the bounds on top (a bare context loses the optimiser's settings).
        Context serverContext = sparql.bound(ARQ.getContext().copy());
        DataService query =
                DataService.newBuilder(data).addEndpoint(Operation.Query, "").build();

        FusekiServer.Builder builder = FusekiServer.create(OperationRegistry.createStd(), serverContext)
                .port(config.port())
                .loopback(!config.allInterfaces())
                .numServerThreads(8, MAX_THREADS)
                .enableCors(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .registerOperation(Operation.Query, sparql.operation())
                .add(Route.SPARQL.specs().get(0), query)
                .addFilter("/*", new NoSniff())
                .addFilter("/*", new ReleaseFilter(releases))
                .addFilter("/*", new AccessLog())
                .addFilter("/*", new Cors())
                .addFilter("/*", new RequestLimits(config.limits().maxBodyBytes()))
                .addFilter(
                        Route.SPARQL.specs().get(0),
                        sparql.filter(
                                () -> releases.current().release().id(),
                                () -> releases.current().site().datasetIri(),
                                () -> releases.current().site().triples(),
                                root,
                                slow));
        // The route table decides every address; each route's servlet comes from the release a request is pinned to.
        for (Route route : Route.values()) {
            if (route == Route.SPARQL) {
                continue;
            }
            HttpServlet servlet = route == Route.ASSETS ? new AssetServlet() : new ReleaseServlet(releases, route);
            for (String spec : route.specs()) {
                builder.addServlet(spec, servlet);
            }
        }
        return builder;
    }

    private static void start(FusekiServer fuseki, int port) {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                throw new PortInUseException(port, e);
            }
            throw e;
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The release served now (to requests starting now). */
    public LiveRelease release() {
        return releases.live().release();
    }

    /**
     * Switches now to the release {@code DIR/current} points at, if it is newer than the one served; requests
     * running finish on the old one. The watcher does the same on its own within a second or so.
     *
     * @return the release served afterwards
     * @throws BuildDirectoryException if that release cannot be served (the old one stays)
     */
    public LiveRelease reload() {
        return releases.refresh();
    }

    /** Reloads on SIGHUP ({@code kill -HUP <pid>}); false if the platform has no SIGHUP. */
    public boolean reloadOnHangup() {
        return Signals.install("HUP", () -> {
            try {
                reload();
            } catch (RuntimeException e) {
                LOG.warn(
                        "SIGHUP: cannot switch; still serving {}: {}", release().id(), e.getMessage(), e);
            }
        });
    }

    /** The addresses to print for people: the browser page, the SPARQL endpoint, the downloads. */
    public List<String> addresses() {
        String root = "http://localhost:" + port() + "/";
        return List.of("browser: " + root, "SPARQL:  " + root + "sparql", "dumps:   " + root + "dumps/");
    }

    /**
     * Stops gracefully on SIGTERM and SIGINT (Ctrl-C): {@link #close()} runs on a thread of its own, and {@link
     * #join()} returns once it is done, so the process can exit with 0. A stop that has not finished within the
     * query timeout and {@link #SHUTDOWN_GRACE} halts the process with {@link #HALTED}: an operator's signal
     * always ends it in a time known in advance.
     */
    public void stopOnSignals() {
        for (String name : List.of("TERM", "INT")) {
            Signals.install(name, () -> {
                new Thread(this::close, "idf-ld-stop").start();
                Thread last = new Thread(this::haltUnlessClosed, "idf-ld-stop-deadline");
                last.setDaemon(true);
                last.start();
            });
        }
    }

    private void haltUnlessClosed() {
        try {
            if (closed.await(queryTimeout.plus(SHUTDOWN_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.error(
                "not stopped within {} s of the signal: halting with exit code {}",
                queryTimeout.plus(SHUTDOWN_GRACE).toSeconds(),
                HALTED);
        Runtime.getRuntime().halt(HALTED);
    }

    /** Blocks until the server has stopped and released its database. */
    public void join() {
        fuseki.join();
        awaitClosed();
    }

    /**
     * Stops accepting requests, lets running ones finish (at most the query timeout and {@link #DRAIN}), then
     * releases the database.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed();
            return;
        }
        String id = release().id();
        stop(parts[0]);
        fuseki.stop();
        for (int i = 1; i < parts.length; i++) {
            stop(parts[i]);
        }
        releases.close();
        LOG.info("stopped serving release {}", id);
        closed.countDown();
    }

    private void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("cannot stop {}: {}", part, e.getMessage(), e);
        }
    }
}
