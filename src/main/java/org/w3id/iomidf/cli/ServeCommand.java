package org.w3id.iomidf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.iomidf.release.BuildDirectoryException;
import org.w3id.iomidf.serve.LinkedDataServer;
import org.w3id.iomidf.serve.ServeConfig;
import org.w3id.iomidf.serve.http.PortInUseException;
import org.w3id.iomidf.serve.live.ReloadOptions;
import org.w3id.iomidf.serve.sparql.Federation;
import org.w3id.iomidf.serve.sparql.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve DIR [--port 3030]}: serves the live release of a build directory until stopped (Ctrl-C or
 * SIGTERM stop it gracefully: running requests finish, then the database is released). A newer release built
 * into DIR is switched in without stopping: found by the watcher, or at once on SIGHUP.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serves a build read-only: SPARQL at /sparql, resource pages, downloads at /dumps/.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the build directory (build --out DIR)")
    Path dir;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(
            names = "--timeout",
            defaultValue = "30",
            description = "query timeout in seconds (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(
            names = "--max-rows",
            defaultValue = "" + Limits.DEFAULT_MAX_ROWS,
            description = "most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) per answer; longer answers are cut "
                    + "and marked X-Result-Truncated (default ${DEFAULT-VALUE})")
    long maxRows;

    @Option(
            names = "--max-body",
            defaultValue = "" + Limits.DEFAULT_MAX_BODY_BYTES,
            description = "largest request body in bytes, else 413 (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(
            names = "--max-header",
            defaultValue = "" + Limits.DEFAULT_MAX_HEADER_BYTES,
            description = "largest request line plus headers in bytes, else 414 or 431 (default ${DEFAULT-VALUE})")
    int maxHeader;

    @Option(
            names = "--client-queries",
            defaultValue = "" + Limits.DEFAULT_QUERIES_PER_CLIENT,
            description = "queries one client address may run at once, else 429 (default ${DEFAULT-VALUE})")
    int clientQueries;

    @Option(
            names = "--total-queries",
            defaultValue = "" + Limits.DEFAULT_QUERIES_IN_ALL,
            description = "queries the server runs at once, else 503 (default ${DEFAULT-VALUE})")
    int totalQueries;

    @Option(
            names = "--cache-mb",
            paramLabel = "MB",
            description = "megabytes of SPARQL answers kept for repeated identical requests on the same release "
                    + "(default 32, at most an eighth of the heap; 0 = no cache)")
    Long cacheMb;

    @Option(
            names = "--watch",
            defaultValue = "1",
            paramLabel = "SECONDS",
            description = "look for a newer complete release every SECONDS and switch to it without stopping "
                    + "(default ${DEFAULT-VALUE}; 0 = only on SIGHUP)")
    long watchSeconds;

    @Option(
            names = "--max-string",
            defaultValue = "" + Limits.DEFAULT_MAX_STRING_CHARS,
            paramLabel = "CHARS",
            description = "longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT...), else 400 "
                    + "(default ${DEFAULT-VALUE})")
    int maxString;

    @Option(
            names = "--federate",
            paramLabel = "URL",
            description = "an endpoint a query's SERVICE may call; repeat for more; 'none' for no federation "
                    + "(default: " + Federation.WIKIDATA + " only)")
    List<String> federate;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = "the server's address as clients reach it, used in every link it writes "
                    + "(default: http://localhost:PORT/)")
    String publicUrl;

    @Option(names = "--all-interfaces", description = "listen on every interface, not only 127.0.0.1 (containers)")
    boolean allInterfaces;

    private Federation federation() {
        if (federate == null) {
            return Federation.DEFAULT;
        }
        return Federation.with(federate.stream().filter(u -> !u.equals("none")).toList());
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ServeConfig config;
        try {
            config = new ServeConfig(
                    dir,
                    port,
                    allInterfaces,
                    Duration.ofSeconds(timeoutSeconds),
                    ServeConfig.DEFAULT_MAX_RESULT_BYTES,
                    new Limits(
                            maxRows,
                            maxBody,
                            maxHeader,
                            clientQueries,
                            totalQueries,
                            Limits.DEFAULT_RETRY_AFTER_SECS,
                            maxString),
                    cacheMb == null ? ServeConfig.DEFAULT_CACHE_BYTES : cacheMb * 1024 * 1024,
                    federation(),
                    publicUrl);
        } catch (IllegalArgumentException e) {
            err.println("idf-ld serve: " + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        LinkedDataServer server;
        try {
            server = LinkedDataServer.start(config, new ReloadOptions(Duration.ofSeconds(watchSeconds)));
        } catch (BuildDirectoryException | PortInUseException e) {
            err.println("idf-ld serve: " + e.getMessage());
            err.flush();
            return Main.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "idf-ld-shutdown"));
        server.reloadOnHangup();
        server.stopOnSignals();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving release " + server.release().id() + " of " + dir);
        server.addresses().forEach(out::println);
        out.flush();
        server.join();
        return Main.OK;
    }
}
