package org.w3id.iomidf.release;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The release folders of one output folder: {@code releases/<id>.tmp} while a build writes, renamed to
 * {@code releases/<id>} once complete, then published by pointing the {@code current} symlink at it (a new
 * symlink renamed over the old one, so readers see the old release or the new one, never a mix).
 * {@code tdb2}, {@code dumps} and {@code report} are symlinks through {@code current}. Complete releases are kept
 * (all of them, or the newest few: {@link #prune}); the live release and the one before it are never removed.
 */
public final class Releases {
    public static final String TMP = ReleaseLayout.TMP;
    static final List<String> LINKS = ReleaseLayout.LINKS;
    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path out;
    private final Path releases;

    public Releases(Path out) {
        this.out = out.toAbsolutePath().normalize();
        this.releases = this.out.resolve(ReleaseLayout.RELEASES);
    }

    /**
     * Removes folders left by builds that failed or were killed, except those of a build still running in another
     * process; returns, for each, why that build did not complete.
     */
    public List<String> removeDebris() throws IOException {
        List<String> removed = new ArrayList<>();
        if (Files.isDirectory(releases)) {
            try (Stream<Path> list = Files.list(releases)) {
                for (Path p : list.filter(p -> p.getFileName().toString().endsWith(TMP))
                        .sorted()
                        .toList()) {
                    if (BuildMarker.running(p)) {
                        removed.add(p.getFileName() + " belongs to a build still running; left alone");
                        continue;
                    }
                    String why = BuildMarker.explain(p);
                    deleteTree(p);
                    removed.add(why + "; removed");
                }
            }
        }
        return removed;
    }

    /** Creates a fresh, empty {@code releases/<id>.tmp} named after the build's start time. */
    public Path begin(Instant started) throws IOException {
        Files.createDirectories(releases);
        String id = ID.format(started);
        for (int n = 2; ; n++) {
            Path done = releases.resolve(id);
            try {
                if (!Files.exists(done)) {
                    return Files.createDirectory(releases.resolve(id + TMP));
                }
            } catch (FileAlreadyExistsException e) {
                // another build of the same second: try the next suffix
            }
            id = ID.format(started) + "-" + n;
        }
    }

    /** Renames a complete {@code <id>.tmp} to {@code <id>} and points {@code current} at it. */
    public Path publish(Path tmp) throws IOException {
        String name = tmp.getFileName().toString();
        Path release = releases.resolve(name.substring(0, name.length() - TMP.length()));
        Files.move(tmp, release, StandardCopyOption.ATOMIC_MOVE);
        Path link = out.resolve(ReleaseLayout.CURRENT + TMP);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, out.relativize(release));
        Files.move(
                link,
                out.resolve(ReleaseLayout.CURRENT),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        for (String dir : LINKS) {
            Path p = out.resolve(dir);
            if (!Files.isSymbolicLink(p)) {
                Files.createSymbolicLink(p, Path.of(ReleaseLayout.CURRENT, dir));
            }
        }
        return release;
    }

    /** The release {@code current} points at, if any. */
    public Optional<Path> current() throws IOException {
        Path link = out.resolve(ReleaseLayout.CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        return Optional.of(out.resolve(Files.readSymbolicLink(link)).normalize());
    }

    /** The complete releases (those with a {@link ReleaseManifest#FILE}), oldest first. */
    public List<Path> kept() throws IOException {
        if (!Files.isDirectory(releases)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(releases)) {
            return list.filter(p -> !p.getFileName().toString().endsWith(TMP))
                    .filter(p -> Files.isRegularFile(p.resolve(ReleaseManifest.FILE)))
                    .sorted(MADE)
                    .toList();
        }
    }

    /**
     * Deletes the oldest complete releases beyond the newest {@code keep}, never one of {@code always} (the live
     * release and the one before it, which requests may still be reading).
     *
     * @param keep how many releases to keep, at least 1; {@link Integer#MAX_VALUE} keeps every one
     * @return the folders removed
     */
    public List<Path> prune(int keep, List<Path> always) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one release is kept: " + keep);
        }
        List<Path> complete = kept();
        List<Path> removed = new ArrayList<>();
        for (Path p : complete.subList(0, Math.max(0, complete.size() - keep))) {
            if (always.stream().noneMatch(k -> k.normalize().equals(p.normalize()))) {
                deleteTree(p);
                removed.add(p);
            }
        }
        return removed;
    }

    /** Releases in the order they were made: their ids are start times, a same-second suffix {@code -n} after. */
    static final Comparator<Path> MADE = Comparator.comparing(
                    (Path p) -> stamp(p.getFileName().toString()))
            .thenComparingInt(p -> suffix(p.getFileName().toString()));

    private static String stamp(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int suffix(String id) {
        int dash = id.indexOf('-');
        try {
            return dash < 0 ? 1 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
