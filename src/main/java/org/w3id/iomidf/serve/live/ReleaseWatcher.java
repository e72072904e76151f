package org.w3id.iomidf.serve.live;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at {@code DIR/current} at a fixed interval and switches the server to the release it points at once
 * that release is complete. A build switches {@code current} only after writing {@code release.json}, so the
 * watcher never sees a half-written release; one it cannot open is reported once and the live one kept.
 */
public final class ReleaseWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatcher.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "idf-ld-release-watcher");
        t.setDaemon(true);
        return t;
    });
    private final ReleaseSwitch releases;
    private String lastProblem;

    private ReleaseWatcher(ReleaseSwitch releases) {
        this.releases = releases;
    }

    public static ReleaseWatcher start(ReleaseSwitch releases, Duration every) {
        ReleaseWatcher w = new ReleaseWatcher(releases);
        w.timer.scheduleWithFixedDelay(w::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void look() {
        try {
            releases.refresh();
            lastProblem = null;
        } catch (RuntimeException e) {
            // The watcher must keep running: the next build may fix what is wrong.
            if (!Objects.equals(lastProblem, e.getMessage())) {
                lastProblem = e.getMessage();
                LOG.warn(
                        "cannot switch to the new release; still serving {}: {}",
                        releases.live().release().id(),
                        e.getMessage(),
                        e);
            }
        }
    }

    /** Stops looking; a switch under way completes (interrupting it would break the files it is closing). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
