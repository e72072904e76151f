package org.w3id.iomidf.build;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over a list on one worker per core, a bounded window of items ahead, and hands the results to
 * the calling thread in input order. The work must touch nothing shared; the sink runs on the caller's thread
 * only, so it may write to streams and counters freely. The output is the same whatever the number of cores.
 *
 * <pre>{@code
 * InOrder.run(files, parser::parse, result -> report.add(result));
 * }</pre>
 */
final class InOrder {
    /** Items prepared ahead of the one being handed over, per worker. */
    private static final int AHEAD_PER_WORKER = 8;

    /** What receives the results, in input order. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private InOrder() {}

    static <T, R> void run(List<T> items, Function<T, R> work, Sink<R> sink) throws IOException {
        run(items, work, sink, Runtime.getRuntime().availableProcessors());
    }

    static <T, R> void run(List<T> items, Function<T, R> work, Sink<R> sink, int workers) throws IOException {
        int n = Math.max(1, workers);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "build-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> ahead = new ArrayDeque<>();
        try {
            for (T item : items) {
                ahead.add(pool.submit(() -> work.apply(item)));
                if (ahead.size() >= n * AHEAD_PER_WORKER) {
                    sink.accept(next(ahead));
                }
            }
            while (!ahead.isEmpty()) {
                sink.accept(next(ahead));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> ahead) throws IOException {
        try {
            return ahead.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a build worker failed", cause);
        }
    }
}
