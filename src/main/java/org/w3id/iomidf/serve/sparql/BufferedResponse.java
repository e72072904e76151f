package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds a SPARQL response in memory until the query has finished. Fuseki streams SELECT results as they are
 * produced, so a query cancelled by its timeout half-way would otherwise leave the client with a 200 and a
 * truncated body; held back, the response can still become an error status. Large answers are held on disk
 * ({@link HeldBody}).
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final HeldBody bytes;
    private final Stream stream = new Stream();
    private PrintWriter writer;
    private int status = SC_OK;
    private String error;

    BufferedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.bytes = new HeldBody(limit);
    }

    /** The error a downstream handler reported, or null. */
    String error() {
        return error;
    }

    /** True if the result grew past the limit (what was written is then incomplete). */
    boolean overflowed() {
        return bytes.overflowed();
    }

    /** The body written, complete once the query has finished; the caller discards it when sent. */
    HeldBody body() {
        if (writer != null) {
            writer.flush();
        }
        return bytes;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        error = msg == null ? "error " + sc : msg;
        resetBuffer();
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        // Held until the query completes: flushing now would commit a status that may still change.
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
        error = null;
    }

    @Override
    public void resetBuffer() {
        try {
            bytes.reset();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void setContentLength(int len) {
        // The length is set from the held body once it is complete.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking output only");
        }
    }
}
