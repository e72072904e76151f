package org.w3id.iomidf.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The one codec of {@code release.json}, the file a build writes last into a release folder (its presence marks
 * the release complete): written by the build, read by the next build and by the server, and by the tests that
 * make releases of their own. A count the file lacks reads as -1.
 *
 * <pre>{@code
 * ReleaseManifest m = ReleaseManifest.read(Path.of("site/current"));
 * m.projectsPublished();
 * }</pre>
 *
 * @param id the release id (its folder name under {@code releases/})
 * @param started when the build started (null if unknown)
 * @param base the base IRI of the release's resources (null if unknown)
 * @param storeTriples the triples in the release's store, its description included
 * @param version the release's number in its folder's history: the previous release's plus one, 1 for the first
 *     (0 if unknown); its version label
 * @param previous the id of the release it followed and was compared with, or null
 */
public record ReleaseManifest(
        String id,
        Instant started,
        String base,
        int pagesRead,
        int otherFiles,
        int projectsPublished,
        int pagesQuarantined,
        int warnings,
        long triples,
        long storeTriples,
        int version,
        String previous) {

    /** A release with no recorded place in a history (written by tools and tests that make releases alone). */
    public ReleaseManifest(
            String id,
            Instant started,
            String base,
            int pagesRead,
            int otherFiles,
            int projectsPublished,
            int pagesQuarantined,
            int warnings,
            long triples,
            long storeTriples) {
        this(
                id,
                started,
                base,
                pagesRead,
                otherFiles,
                projectsPublished,
                pagesQuarantined,
                warnings,
                triples,
                storeTriples,
                0,
                null);
    }

    /** The version label: the release's number in its folder's history, or its id when the number is unknown. */
    public String versionLabel() {
        return version > 0 ? String.valueOf(version) : id;
    }

    /** The file's name in a release folder. */
    public static final String FILE = "release.json";

    /** Writes the manifest into {@code release}, the release folder. */
    public void write(Path release) throws IOException {
        JsonObject o = new JsonObject();
        o.put("id", id);
        if (started != null) {
            o.put("started", started.toString());
        }
        if (base != null) {
            o.put("base", base);
        }
        o.put("pagesRead", pagesRead);
        o.put("otherFiles", otherFiles);
        o.put("projectsPublished", projectsPublished);
        o.put("pagesQuarantined", pagesQuarantined);
        o.put("warnings", warnings);
        o.put("triples", triples);
        o.put("storeTriples", storeTriples);
        if (version > 0) {
            o.put("version", version);
        }
        if (previous != null) {
            o.put("previous", previous);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, o);
        out.write('\n');
        Files.write(release.resolve(FILE), out.toByteArray());
    }

    /**
     * Reads the manifest of the release folder {@code release}.
     *
     * @throws IOException if the file is missing or is not a JSON object naming the release
     */
    public static ReleaseManifest read(Path release) throws IOException {
        JsonObject o;
        try (InputStream in = Files.newInputStream(release.resolve(FILE))) {
            o = JSON.parse(in);
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + release.resolve(FILE) + ": " + e.getMessage(), e);
        }
        Instant started;
        try {
            started = text(o, "started") == null ? null : Instant.parse(text(o, "started"));
        } catch (DateTimeParseException e) {
            started = null;
        }
        String id = text(o, "id");
        return new ReleaseManifest(
                id == null ? release.getFileName().toString() : id,
                started,
                text(o, "base"),
                (int) number(o, "pagesRead"),
                (int) number(o, "otherFiles"),
                (int) number(o, "projectsPublished"),
                (int) number(o, "pagesQuarantined"),
                (int) number(o, "warnings"),
                number(o, "triples"),
                number(o, "storeTriples"),
                (int) Math.max(0, number(o, "version")),
                text(o, "previous"));
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static long number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isNumber() ? v.getAsNumber().value().longValue() : -1;
    }
}
