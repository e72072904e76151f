package org.w3id.iomidf.serve.sparql;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the running SPARQL queries from outside them. At its deadline a query is cancelled by this watch's
 * own timer, so it does not wait on Jena's single shared timeout thread (which another query's work can hold
 * up); and when, after a full garbage collection, the heap in use is still past {@link #HEAP_SHARE} of the
 * largest heap, every running query is cancelled with 503, so that no query mix can take the server's memory
 * and the health check, small queries and downloads go on. (A minor collection past that share only asks for
 * a full one, at most once a second: what it leaves counted includes old garbage.)
 */
final class QueryWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWatch.class);

    /** The share of the heap, in use after a collection, past which running queries are cancelled. */
    static final double HEAP_SHARE = 0.7;

    /** A query being watched. */
    record Running(QueryExec exec, QueryBudget budget, ScheduledFuture<?> alarm) {}

    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "timer"));
    private final ExecutorService aborts = Executors.newCachedThreadPool(r -> daemon(r, "abort"));
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final long maxHeap = Runtime.getRuntime().maxMemory();
    private final java.util.concurrent.atomic.AtomicLong lastFullRequest = new java.util.concurrent.atomic.AtomicLong();
    /** The least time between two full collections asked for to measure the heap in use. */
    private static final Duration FULL_GC_EVERY = Duration.ofSeconds(1);

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());

    public QueryWatch() {
        NotificationListener afterGc = this::afterCollection;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(afterGc, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(afterGc);
                    } catch (javax.management.ListenerNotFoundException e) {
                        LOG.debug("listener already gone", e);
                    }
                });
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, "idf-ld-query-" + name);
        t.setDaemon(true);
        return t;
    }

    /** Watches {@code exec} until {@link #end}; cancels it at {@code timeout}. */
    Running start(QueryExec exec, QueryBudget budget, Duration timeout) {
        Running[] self = new Running[1];
        ScheduledFuture<?> alarm = timer.schedule(
                () -> cancel(
                        self[0], 503, "query timed out after " + timeout.toMillis() + " ms: the server cancelled it"),
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        self[0] = new Running(exec, budget, alarm);
        running.add(self[0]);
        return self[0];
    }

    void end(Running r) {
        r.alarm().cancel(false);
        running.remove(r);
    }

    private void cancel(Running r, int status, String reason) {
        if (r == null || !running.remove(r)) {
            return;
        }
        r.budget().stop(status, reason);
        // abort() may wait for the query to release Jena's lock; the timer thread must not.
        aborts.execute(() -> r.exec().abort());
    }

    private void afterCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        if (used <= HEAP_SHARE * maxHeap || running.isEmpty()) {
            return;
        }
        if (!info.getGcAction().contains("major")) {
            // A minor collection leaves the old generation's garbage counted: ask for a full one, which tells.
            long now = System.nanoTime();
            long last = lastFullRequest.get();
            if (now - last > FULL_GC_EVERY.toNanos() && lastFullRequest.compareAndSet(last, now)) {
                aborts.execute(System::gc);
            }
            return;
        }
        {
            LOG.warn(
                    "heap in use after collection {} MB of {} MB: cancelling {} running queries",
                    used >> 20,
                    maxHeap >> 20,
                    running.size());
            for (Running r : List.copyOf(running)) {
                cancel(r, 503, "the server is short of memory and cancelled the queries running: try again shortly");
            }
        }
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
        timer.shutdownNow();
        aborts.shutdown();
    }
}
