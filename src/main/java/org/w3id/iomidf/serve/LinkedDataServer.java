package org.w3id.iomidf.serve;

import java.net.BindException;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final FusekiServer fuseki;
    private final ReleaseSwitch releases;
    private final AutoCloseable[] reloaders;

    private LinkedDataServer(FusekiServer fuseki, ReleaseSwitch releases, AutoCloseable... reloaders) {
        this.fuseki = fuseki;
        this.releases = releases;
        this.reloaders = reloaders;
    }

    /** {@link #start(ServeConfig, ReloadOptions)} with the watcher on and no admin endpoint. */
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
        ServedRelease first = ServedRelease.open(Release.open(config.dir()), config);
        ReleaseSwitch releases = new ReleaseSwitch(config, first);
        try {
            Site site = first.site();
            FusekiServer fuseki =
                    fuseki(config, new PinnedDataset(releases), releases).build();
            ConnectorLimits.apply(fuseki.getJettyServer(), config.limits());
            start(fuseki, config.port());
            LinkedDataServer server = new LinkedDataServer(fuseki, releases, reloaders(releases, reload));
            LOG.info(
                    "serving release {} ({} triples) of {} on port {}",
                    site.release().id(),
                    site.triples(),
                    config.dir(),
                    server.port());
            return server;
        } catch (RuntimeException e) {
            releases.close();
            throw e;
        }
    }

    private static AutoCloseable[] reloaders(ReleaseSwitch releases, ReloadOptions reload) {
        AutoCloseable watcher =
                reload.watchEvery().isZero() ? () -> {} : ReleaseWatcher.start(releases, reload.watchEvery());
        AutoCloseable admin = reload.adminPort() < 0
                ? () -> {}
                : AdminEndpoint.start(
                        reload.adminPort(), () -> releases.refresh().id());
        return new AutoCloseable[] {watcher, admin};
    }

    static DatasetGraph readOnly(DatasetGraph dsg, ServeConfig config) {
        // Start from the database's own settings: a bare context would plan TDB2 queries without them.
        Context context = dsg.getContext().copy();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        ConnectorLimits.bound(context, config.limits());
        return new DatasetGraphReadOnly(dsg, context);
    }

    private static FusekiServer.Builder fuseki(ServeConfig config, DatasetGraph data, ReleaseSwitch releases) {
        // ARQ's global settings, with the bounds on top (a bare context loses the optimiser's settings).
        Context serverContext = ARQ.getContext().copy();
        serverContext.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        ConnectorLimits.bound(serverContext, config.limits());
        DataService query =
                DataService.newBuilder(data).addEndpoint(Operation.Query, "").build();
        ServiceDescription description = new ServiceDescription(
                () -> releases.current().site().datasetIri(),
                () -> releases.current().site().triples());
        return FusekiServer.create(OperationRegistry.createStd(), serverContext)
                .port(config.port())
                .loopback(!config.allInterfaces())
                .enableCors(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .registerOperation(Operation.Query, new BoundedQuery(config.limits()))
                .add("/sparql", query)
                .addFilter("/*", new ReleaseFilter(releases))
                .addFilter("/*", new AccessLog())
                .addFilter("/*", new Cors())
                .addFilter("/*", new RequestLimits(config.limits().maxBodyBytes()))
                .addFilter("/sparql", new QueryGate(config.limits()))
                .addFilter(
                        "/sparql",
                        new SparqlFilter(
                                description,
                                config.maxResultBytes(),
                                config.queryTimeout(),
                                new AnswerCache(config.cacheBytes())))
                .addServlet("/dumps/*", new ReleaseServlet(releases, ServedRelease::dumps))
                .addServlet("/health", new ReleaseServlet(releases, ServedRelease::health))
                .addServlet("/.well-known/void", new ReleaseServlet(releases, ServedRelease::voidServlet))
                .addServlet("/editor/*", new EditorServlet())
                .addServlet("/*", new ReleaseServlet(releases, ServedRelease::resources));
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
    public Release release() {
        return releases.live().release();
    }

    /**
     * Switches now to the release {@code DIR/current} points at, if it is newer than the one served; requests
     * running finish on the old one. The watcher does the same on its own within a second or so.
     *
     * @return the release served afterwards
     * @throws BuildDirectoryException if that release cannot be served (the old one stays)
     */
    public Release reload() {
        return releases.refresh();
    }

    /** Reloads on SIGHUP ({@code kill -HUP <pid>}); false if the platform has no SIGHUP. */
    public boolean reloadOnHangup() {
        return HangupSignal.install(() -> {
            try {
                reload();
            } catch (RuntimeException e) {
                LOG.warn(
                        "SIGHUP: cannot switch; still serving {}: {}", release().id(), e.getMessage(), e);
            }
        });
    }

    /** The port of the admin endpoint, or -1 when there is none. */
    public int adminPort() {
        return reloaders[1] instanceof AdminEndpoint a ? a.port() : -1;
    }

    /** The addresses to print for people: the browser page, the SPARQL endpoint, the downloads. */
    public List<String> addresses() {
        String root = "http://localhost:" + port() + "/";
        return List.of("browser: " + root, "SPARQL:  " + root + "sparql", "dumps:   " + root + "dumps/");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops accepting requests, lets running ones finish, then releases the database. */
    @Override
    public void close() {
        for (AutoCloseable r : reloaders) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("cannot stop {}: {}", r, e.getMessage(), e);
            }
        }
        String id = release().id();
        fuseki.stop();
        releases.close();
        LOG.info("stopped serving release {}", id);
    }
}
