package org.w3id.iomidf.serve.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * Reads a request's body whole before anything else handles the request, and then hands it on as if it had
 * just arrived. The body is read as it comes, without holding a thread between its pieces, and must be complete
 * within {@link #BODY_TIME} of the server turning to it; past that the request is answered 408 and its
 * connection closed, so a body trickled a byte at a time holds neither a thread nor a connection for long. The
 * time counts only while the body is awaited: a small body that arrived long ago is read at once however busy
 * the server was (Jetty's own minimum data rate, counted from the body's first byte to each read of it, refused such bodies under
 * load). Only bodies that state a length of at most {@link Limits#maxBodyBytes()} are read here; the others
 * are refused by {@link RequestLimits} (413, 411) without being read.
 */
final class WholeBody extends Handler.Wrapper {

    /** The time a request body, at most {@link Limits#maxBodyBytes()}, has to arrive. */
    static final Duration BODY_TIME = Duration.ofSeconds(10);

    private final long maxBodyBytes;

    WholeBody(Handler handler, long maxBodyBytes) {
        super(handler);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length <= 0 || length > maxBodyBytes) {
            return super.handle(request, response, callback);
        }
        new Reading(request, response, callback, (int) length).start();
        return true;
    }

    /** Hands a request on whose body has been read whole; answers 404 if nothing downstream takes it. */
    private void handOn(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable t) {
            Response.writeError(request, response, callback, t);
        }
    }

    /** One body being read; whichever ends first, its last piece or its time, settles the request. */
    private final class Reading implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteBuffer body;
        private final AtomicBoolean settled = new AtomicBoolean();
        private Scheduler.Task deadline;

        Reading(Request request, Response response, Callback callback, int length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.body = ByteBuffer.allocate(length);
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::late, BODY_TIME);
            run();
        }

        /** Reads what has arrived, then asks to be called again when more does. */
        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (settle()) {
                        Response.writeError(request, response, callback, chunk.getFailure());
                    }
                    return;
                }
                ByteBuffer piece = chunk.getByteBuffer();
                if (piece.remaining() > body.remaining()) {
                    chunk.release();
                    if (settle()) {
                        Response.writeError(request, response, callback, 400, "request body longer than stated");
                    }
                    return;
                }
                body.put(piece);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (settle()) {
                        handOn(new Replayed(request, body.flip()), response, callback);
                    }
                    return;
                }
            }
        }

        /** Answers 408 in plain text, as the servlets answer their refusals, and closes the connection. */
        private void late() {
            if (settle()) {
                response.setStatus(HttpStatus.REQUEST_TIMEOUT_408);
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                Content.Sink.write(
                        response,
                        true,
                        "the request body did not arrive within " + BODY_TIME.toSeconds()
                                + " s: send it at once, with its Content-Length\n",
                        callback);
            }
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            deadline.cancel();
            return true;
        }
    }

    /** A request whose body, already read, is given again to whoever reads it next. */
    private static final class Replayed extends Request.Wrapper {
        private Content.Chunk next;

        Replayed(Request request, ByteBuffer body) {
            super(request);
            this.next = Content.Chunk.from(body, true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = next;
            next = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            read();
            return true;
        }

        @Override
        public void fail(Throwable failure) {
            // Nothing is left to read from the connection: the body is all here.
        }
    }
}
