package org.w3id.iomidf.serve;

import java.net.BindException;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last stage of the pipeline: serves one build, read-only, over HTTP. An embedded Fuseki answers SPARQL
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
    private final Dataset dataset;
    private final Release release;

    private LinkedDataServer(FusekiServer fuseki, Dataset dataset, Release release) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.release = release;
    }

    /**
     * Opens the live release of {@code config.dir()} and starts serving it.
     *
     * @throws BuildDirectoryException if the directory holds no complete release
     * @throws PortInUseException      if the port is taken
     */
    public static LinkedDataServer start(ServeConfig config) {
        Release release = Release.open(config.dir());
        Dataset dataset = TDB2Factory.connectDataset(release.tdb2().toString());
        try {
            DatasetGraph data = readOnly(dataset.asDatasetGraph(), config);
            Site site = Site.of(release, data);
            FusekiServer fuseki = fuseki(config, data, site).build();
            start(fuseki, config.port());
            LinkedDataServer server = new LinkedDataServer(fuseki, dataset, release);
            LOG.info("serving release {} ({} triples) of {} on port {}", release.id(), site.triples(),
                    config.dir(), server.port());
            return server;
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset.asDatasetGraph());
            throw e;
        }
    }

    private static DatasetGraph readOnly(DatasetGraph dsg, ServeConfig config) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        return new DatasetGraphReadOnly(dsg, context);
    }

    private static FusekiServer.Builder fuseki(ServeConfig config, DatasetGraph data, Site site) {
        Context serverContext = new Context();
        serverContext.set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        DataService query = DataService.newBuilder(data).addEndpoint(Operation.Query, "").build();
        ServiceDescription description = new ServiceDescription(site.datasetIri(), site.triples());
        DatasetDescription dataset = new DatasetDescription(site);
        return FusekiServer.create(OperationRegistry.createStd(), serverContext)
                .port(config.port()).loopback(!config.allInterfaces())
                .enableCors(false).enablePing(false).enableStats(false).enableMetrics(false)
                .enableTasks(false).enableCompact(false)
                .add("/sparql", query)
                .addFilter("/*", new AccessLog())
                .addFilter("/*", new Cors())
                .addFilter("/sparql", new SparqlFilter(description, config.maxResultBytes(), config.queryTimeout()))
                .addServlet("/dumps/*", new DumpServlet(site.release()))
                .addServlet("/health", new HealthServlet(site))
                .addServlet("/.well-known/void", new VoidServlet(dataset))
                .addServlet("/editor/*", new EditorServlet())
                .addServlet("/*", new ResourceServlet(site, dataset));
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

    public Release release() {
        return release;
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
        fuseki.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
        LOG.info("stopped serving release {}", release.id());
    }
}
