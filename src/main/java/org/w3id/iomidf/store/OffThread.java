package org.w3id.iomidf.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stream to a thread of its own: the caller's calls are batched and replayed on that thread, in order, into
 * the target. A bounded queue of batches keeps memory flat when the target is slower than the caller. A failure of
 * the target is thrown to the caller at its next call (or at {@link #finish()}), which also waits until everything
 * sent has been written. Used so that the dumps are written while the caller's thread feeds the store loader.
 *
 * <pre>{@code
 * StreamRDF dumps = new OffThread("dump-writer", target);
 * dumps.start(); dumps.triple(t); dumps.finish();   // finish() returns once target.finish() has run
 * }</pre>
 */
public final class OffThread implements StreamRDF {
    private static final Logger LOG = LoggerFactory.getLogger(OffThread.class);
    private static final int BATCH = 2048;
    private static final int BATCHES_AHEAD = 16;

    /** A prefix declaration in the stream. */
    private record Prefix(String prefix, String iri) {}

    /** The base in the stream. */
    private record Base(String iri) {}

    private static final List<Object> END = List.of();

    private final StreamRDF target;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;

    public OffThread(String name, StreamRDF target) {
        this.target = target;
        this.thread = new Thread(this::drain, name);
        this.thread.setDaemon(true);
    }

    private void drain() {
        long busy = 0;
        try {
            target.start();
            for (List<Object> items = queue.take(); items != END; items = queue.take()) {
                long t0 = System.nanoTime();
                for (Object item : items) {
                    replay(item);
                }
                busy += System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            target.finish();
            busy += System.nanoTime() - t0;
            LOG.info("{} worked {} s", thread.getName(), String.format(Locale.ROOT, "%.1f", busy / 1e9));
        } catch (InterruptedException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = e;
            queue.clear();
        }
    }

    private void replay(Object item) {
        if (item instanceof Triple t) {
            target.triple(t);
        } else if (item instanceof Quad q) {
            target.quad(q);
        } else if (item instanceof Prefix p) {
            target.prefix(p.prefix(), p.iri());
        } else if (item instanceof Base b) {
            target.base(b.iri());
        }
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public void triple(Triple triple) {
        add(triple);
    }

    @Override
    public void quad(Quad quad) {
        add(quad);
    }

    @Override
    public void base(String base) {
        add(new Base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
        add(new Prefix(prefix, iri));
    }

    private void add(Object item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Sends what is left, waits until the target has finished, and throws its failure if it had one. */
    @Override
    public void finish() {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dumps were written", e);
        }
        rethrow();
    }

    /** Stops the thread without finishing the target (a build that failed half-way) and waits for it a moment. */
    public void abandon() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(List<Object> items) {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the thread " + thread.getName() + " stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the dumps were written", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(thread.getName() + " stopped", t);
        }
    }
}
