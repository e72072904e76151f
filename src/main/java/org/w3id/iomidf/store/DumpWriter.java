package org.w3id.iomidf.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.w3id.iomidf.release.Dump;

/**
 * The streaming data dumps, each written as the statements go by, in the order they are published: the published
 * dataset (the default graph) as Turtle (one block per subject), gzipped N-Triples and gzipped JSON-LD, and what
 * each page said (the page graphs) as gzipped TriG. {@link #stream()} writes them all on a thread of their own. The gzip header carries no file name and a zero time, so the same
 * statements give the same bytes.
 */
public final class DumpWriter implements AutoCloseable {
    private final OutputStream turtleOut;
    private final OutputStream ntOut;
    private final Writer jsonOut;
    private final OutputStream claimsOut;
    private final List<StreamRDF> sinks;
    private final StreamRDF claims;

    public DumpWriter(Path dir) throws IOException {
        turtleOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve(Dump.TURTLE.fileName())));
        // GZIPOutputStream writes a header without name and with modification time 0.
        ntOut = new GZIPOutputStream(Files.newOutputStream(dir.resolve(Dump.NTRIPLES.fileName())), 1 << 16);
        jsonOut = new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(dir.resolve(Dump.JSONLD.fileName())), 1 << 16),
                StandardCharsets.UTF_8);
        sinks = List.of(
                StreamRDFWriter.getWriterStream(turtleOut, RDFFormat.TURTLE_BLOCKS),
                StreamRDFWriter.getWriterStream(ntOut, RDFFormat.NTRIPLES_UTF8),
                new JsonLdStream(jsonOut));
        claimsOut = new GZIPOutputStream(Files.newOutputStream(dir.resolve(Dump.CLAIMS.fileName())), 1 << 16);
        claims = StreamRDFWriter.getWriterStream(claimsOut, RDFFormat.TRIG_BLOCKS);
    }

    /**
     * One stream to every dump, written on a thread of its own: the default graph's triples to the dumps of the
     * published dataset, the page graphs' quads to the claims dump. Its {@code finish()} returns once all is
     * written.
     */
    public OffThread stream() {
        return new OffThread("dump-writer", new Tee(sinks, List.of(claims)));
    }

    @Override
    public void close() throws IOException {
        try (turtleOut;
                ntOut;
                jsonOut;
                claimsOut) {
            jsonOut.flush();
        }
    }
}
