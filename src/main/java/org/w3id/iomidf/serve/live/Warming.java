package org.w3id.iomidf.serve.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms a release before readers need it: runs the published example queries over its store {@link #ROUNDS}
 * times (federated ones excepted: warming never leaves the machine), reading every answer to the end. The first
 * round brings the indexes the researchers' queries read into memory; the next ones let the JVM compile the query
 * engine's paths (a query's second run is still several times slower than its tenth), so the first query a reader
 * sends after a start or a switch is not the one that pays for it. Each query is bounded by the server's query
 * timeout and the whole by {@link #BUDGET}.
 *
 * <pre>{@code
 * Warming w = Warming.start(release.id(), data, exampleQueries, Duration.ofSeconds(30), () -> {});
 * w.await();   // before a switch; at start the server answers while it runs
 * }</pre>
 */
final class Warming {
    private static final Logger LOG = LoggerFactory.getLogger(Warming.class);
    /** At most this long for the whole warm-up. */
    static final Duration BUDGET = Duration.ofSeconds(120);
    /** Runs over the examples. */
    static final int ROUNDS = 3;

    private final CountDownLatch done = new CountDownLatch(1);

    private Warming() {}

    /** Starts warming {@code data} on a thread of its own; {@code after} runs when it ends, however it ends. */
    static Warming start(String release, DatasetGraph data, List<String> queries, Duration perQuery, Runnable after) {
        Warming w = new Warming();
        Thread t = new Thread(
                () -> {
                    try {
                        w.run(release, data, queries, perQuery);
                    } finally {
                        after.run();
                        w.done.countDown();
                    }
                },
                "warm-" + release);
        t.setDaemon(true);
        t.start();
        return w;
    }

    private void run(String release, DatasetGraph data, List<String> queries, Duration perQuery) {
        long t0 = System.nanoTime();
        long deadline = t0 + BUDGET.toNanos();
        int ran = 0;
        List<String> runs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            runs.addAll(queries);
        }
        for (String sparql : runs) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.info("warming release {} stopped at its budget of {} s", release, BUDGET.toSeconds());
                break;
            }
            Query q = QueryFactory.create(sparql);
            if (!q.isSelectType() || sparql.contains("SERVICE")) {
                continue;
            }
            long timeout = Math.min(perQuery.toMillis(), TimeUnit.NANOSECONDS.toMillis(left));
            try {
                Txn.executeRead(data, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(data))
                            .query(q)
                            .timeout(timeout, TimeUnit.MILLISECONDS)
                            .build()) {
                        ResultSet rs = qe.execSelect();
                        while (rs.hasNext()) {
                            rs.next();
                        }
                    }
                });
                ran++;
            } catch (RuntimeException ex) {
                // Warming is an optimisation: a query that fails here fails for its reader too, and says why then.
                LOG.info("warming release {}: an example stopped: {}", release, ex.toString());
            }
        }
        LOG.info(
                "warmed release {} with {} runs of example queries in {} s",
                release,
                ran,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    }

    boolean done() {
        return done.getCount() == 0;
    }

    /** Waits until warming has ended. */
    void await() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
