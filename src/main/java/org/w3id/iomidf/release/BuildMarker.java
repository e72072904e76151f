package org.w3id.iomidf.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code build.json} inside a release being written: which process builds it, since when, and the stage it has
 * reached (rewritten atomically at each stage, and with the reason when the build fails). A build that is killed
 * leaves it behind, so the next build can say what happened before removing the folder.
 */
public final class BuildMarker {
    public static final String FILE = "build.json";

    private final Path dir;
    private final Instant started;
    private final long pid = ProcessHandle.current().pid();

    private BuildMarker(Path dir, Instant started) {
        this.dir = dir;
        this.started = started;
    }

    /** Writes the first marker into a fresh release folder. */
    public static BuildMarker start(Path dir, Instant started) throws IOException {
        BuildMarker m = new BuildMarker(dir, started);
        m.stage("starting");
        return m;
    }

    /** Records that the build has reached {@code stage}. */
    public void stage(String stage) throws IOException {
        write(stage, null);
    }

    /** Records why the build failed; the folder is left for the next build to report and remove. */
    public void failed(String stage, String reason) {
        try {
            write(stage, reason);
        } catch (IOException e) {
            // Best effort: the failure itself is reported to the caller; the next build then reports the stage
            // last written.
            return;
        }
    }

    /** Removes the marker once the release is complete, just before it is switched in. */
    public void remove() throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }

    private void write(String stage, String failure) throws IOException {
        JsonObject o = new JsonObject();
        o.put("pid", pid);
        o.put("started", started.toString());
        o.put("stage", stage);
        o.put("at", Instant.now().toString());
        if (failure != null) {
            o.put("failure", failure);
        }
        Path tmp = dir.resolve(FILE + ".new");
        Files.writeString(tmp, JSON.toString(o) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Why the build that left {@code dir} did not complete, in one sentence, from its marker (or from what is
     * there when it has none).
     */
    public static String explain(Path dir) {
        String name = dir.getFileName().toString();
        String id = name.endsWith(Releases.TMP) ? name.substring(0, name.length() - Releases.TMP.length()) : name;
        Optional<JsonObject> marker = read(dir.resolve(FILE));
        if (marker.isEmpty()) {
            return Files.exists(dir.resolve(ReleaseManifest.FILE))
                    ? "previous build " + id + " was complete but stopped before it was switched in"
                    : "previous build " + id + " did not complete (stopped before it recorded its progress)";
        }
        JsonObject m = marker.get();
        String failure = text(m, "failure");
        String how = failure == null ? "killed or crashed" : "failed: " + failure;
        return "previous build " + id + " did not complete (" + how + ", during stage '" + text(m, "stage") + "' at "
                + text(m, "at") + ", process " + text(m, "pid") + ")";
    }

    /** True when the process that wrote the marker in {@code dir} is still running (another build at work). */
    static boolean running(Path dir) {
        Optional<JsonObject> m = read(dir.resolve(FILE));
        if (m.isEmpty() || m.get().get("pid") == null || !m.get().get("pid").isNumber()) {
            return false;
        }
        long pid = m.get().get("pid").getAsNumber().value().longValue();
        Instant started = Instant.parse(text(m.get(), "started"));
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .flatMap(h -> h.info().startInstant())
                        .filter(t -> !t.isAfter(started))
                        .isPresent();
    }

    private static Optional<JsonObject> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(JSON.parse(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) {
            return null;
        }
        return v.isString() ? v.getAsString().value() : v.toString();
    }
}
