package org.w3id.iomidf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.w3id.iomidf.serve.BuildDirectoryException;
import org.w3id.iomidf.serve.LinkedDataServer;
import org.w3id.iomidf.serve.PortInUseException;
import org.w3id.iomidf.serve.ServeConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve DIR [--port 3030]}: serves the live release of a build directory until stopped (Ctrl-C or
 * SIGTERM stop it gracefully: running requests finish, then the database is released).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a build read-only: SPARQL at /sparql, resource pages, downloads at /dumps/.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the build directory (build --out DIR)")
    Path dir;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(names = "--timeout", defaultValue = "30",
            description = "query timeout in seconds (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--all-interfaces", description = "listen on every interface, not only 127.0.0.1 (containers)")
    boolean allInterfaces;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ServeConfig config = new ServeConfig(dir, port, allInterfaces, Duration.ofSeconds(timeoutSeconds),
                ServeConfig.DEFAULT_MAX_RESULT_BYTES);
        LinkedDataServer server;
        try {
            server = LinkedDataServer.start(config);
        } catch (BuildDirectoryException | PortInUseException e) {
            err.println("idf-ld serve: " + e.getMessage());
            err.flush();
            return Main.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "idf-ld-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving release " + server.release().id() + " of " + dir);
        server.addresses().forEach(out::println);
        out.flush();
        server.join();
        return Main.OK;
    }
}
