package org.w3id.iomidf.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * The operator's signals to a running server, through the JDK's {@code sun.misc.Signal}: {@code SIGHUP} asks it
 * to switch to the release {@code DIR/current} points at now, as daemons conventionally reload; {@code SIGTERM}
 * and {@code SIGINT} (Ctrl-C) ask it to stop gracefully. On a platform without a signal the server does
 * without it (the watcher still switches releases).
 */
final class Signals {

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

    private Signals() {}

    /** Runs {@code action} on each signal {@code name} (HUP, TERM, INT); false if the platform has no such signal. */
    static boolean install(String name, Runnable action) {
        try {
            Signal.handle(new Signal(name), s -> action.run());
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.debug("SIG{} is not available here", name, e);
            return false;
        }
    }
}
