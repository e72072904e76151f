package org.w3id.iomidf.serve.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.release.BuildDirectoryException;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.release.ReleaseLayout;

/**
 * Which release the server answers from. Each request pins the live release when it starts ({@link #pin()}) and
 * keeps it to the end, on its thread, so everything it reads comes from one database. A switch opens and warms
 * the newer release first, then swaps the live reference in one step: requests already running finish on the
 * old release, which is closed when the last of them ends; requests that start after see the new one.
 */
public final class ReleaseSwitch {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSwitch.class);

    /** The build folder whose {@code current} release is served. */
    private final Path dir;

    private final Function<LiveRelease, ServedRelease> open;
    private final AtomicReference<ServedRelease> live;
    private final ThreadLocal<ServedRelease> pinned = new ThreadLocal<>();

    public ReleaseSwitch(Path dir, ServedRelease first, Function<LiveRelease, ServedRelease> open) {
        this.dir = dir;
        this.open = open;
        this.live = new AtomicReference<>(first);
    }

    /** The release the current thread's request was pinned to, or the live one outside a request. */
    public ServedRelease current() {
        ServedRelease p = pinned.get();
        return p != null ? p : live.get();
    }

    /** The live release. */
    public ServedRelease live() {
        return live.get();
    }

    boolean isPinned() {
        return pinned.get() != null;
    }

    /** Pins the live release to the current thread until {@link #unpin()}. */
    ServedRelease pin() {
        while (true) {
            ServedRelease r = live.get();
            if (r.enter()) {
                pinned.set(r);
                return r;
            }
            if (live.get() == r) {
                throw new IllegalStateException("the server is stopping");
            }
        }
    }

    void unpin() {
        ServedRelease r = pinned.get();
        pinned.remove();
        if (r != null) {
            r.leave();
        }
    }

    /**
     * Switches to the release {@code DIR/current} points at, if it is complete and not the one served.
     *
     * @return the release served afterwards
     * @throws BuildDirectoryException if {@code current} points at something that cannot be served (the live
     *                                 release then stays)
     */
    public synchronized LiveRelease refresh() {
        ServedRelease old = live.get();
        Path current = dir.resolve(ReleaseLayout.CURRENT);
        if (!Files.isSymbolicLink(current) || sameFolder(current, old.release().home())) {
            return old.release();
        }
        ServedRelease next = open.apply(LiveRelease.open(dir));
        // The live release answers while the next one warms: readers never get a cold store after a switch.
        next.awaitWarm();
        live.set(next);
        old.leave();
        LOG.info(
                "switched from release {} to {} ({} triples)",
                old.release().id(),
                next.release().id(),
                next.site().triples());
        return next.release();
    }

    /** Stops serving: the live release closes once the requests still running end. */
    public synchronized void close() {
        live.get().leave();
    }

    private static boolean sameFolder(Path link, Path home) {
        try {
            return Objects.equals(link.toRealPath(), home.toRealPath());
        } catch (IOException e) {
            // current points nowhere (being replaced, or removed): keep serving what is live.
            return true;
        }
    }
}
