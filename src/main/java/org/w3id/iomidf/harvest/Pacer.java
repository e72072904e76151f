package org.w3id.iomidf.harvest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One request at a time per host, with the host's delay between the end of one and the start of the next; the
 * crawler is single-threaded, so waiting here is the whole of its politeness.
 */
final class Pacer {
    private final Map<String, Long> nextAllowed = new HashMap<>();

    /** Sleeps until {@code host} may be asked again. */
    void await(String host) throws InterruptedException {
        Long next = nextAllowed.get(host);
        if (next != null) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    /** A request to {@code host} has just ended: the next waits {@code delay} from now. */
    void done(String host, Duration delay) {
        nextAllowed.put(host, System.nanoTime() + delay.toNanos());
    }
}
