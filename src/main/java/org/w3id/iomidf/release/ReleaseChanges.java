package org.w3id.iomidf.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What changed in a release against the release before it, part of the release format
 * ({@code report/changes.json}): projects added, removed and changed property by property (old and new values as
 * N-Triples terms), and source pages added, changed and removed, by file. The first release of a folder has
 * everything added and no previous release. Written by the build, read by the server for the release pages and
 * each project's history.
 *
 * <pre>{@code
 * ReleaseChanges c = ReleaseChanges.read(Path.of("site/releases/20261208T021905Z")).orElseThrow();
 * c.summary();   // "2 projects added, 1 removed, 3 changed; 4 pages added, 3 changed, 2 removed"
 * }</pre>
 *
 * @param previous the id of the release compared with, or null for the first release
 */
public record ReleaseChanges(
        String previous,
        List<String> projectsAdded,
        List<String> projectsRemoved,
        List<ProjectChange> projectsChanged,
        List<String> pagesAdded,
        List<String> pagesChanged,
        List<String> pagesRemoved) {

    /** The file's name in the release's {@code report/} folder. */
    public static final String FILE = "changes.json";

    /** One changed project: the properties whose values differ, each with its values before and after. */
    public record ProjectChange(String project, List<ValueChange> values) {
        public ProjectChange {
            Objects.requireNonNull(project, "project");
            values = List.copyOf(values);
        }
    }

    /** One property of a project: its values in the previous release and in this one (N-Triples terms, sorted). */
    public record ValueChange(String property, List<String> before, List<String> after) {
        public ValueChange {
            Objects.requireNonNull(property, "property");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    public ReleaseChanges {
        projectsAdded = List.copyOf(projectsAdded);
        projectsRemoved = List.copyOf(projectsRemoved);
        projectsChanged = List.copyOf(projectsChanged);
        pagesAdded = List.copyOf(pagesAdded);
        pagesChanged = List.copyOf(pagesChanged);
        pagesRemoved = List.copyOf(pagesRemoved);
    }

    /** The change of {@code project} in this release, if it changed. */
    public Optional<ProjectChange> changeOf(String project) {
        return projectsChanged.stream().filter(c -> c.project().equals(project)).findFirst();
    }

    /** One line for lists, logs and the version notes of the description. */
    public String summary() {
        if (previous == null) {
            return "first release: " + projectsAdded.size() + " projects, " + pagesAdded.size() + " pages";
        }
        if (projectsAdded.isEmpty()
                && projectsRemoved.isEmpty()
                && projectsChanged.isEmpty()
                && pagesAdded.isEmpty()
                && pagesChanged.isEmpty()
                && pagesRemoved.isEmpty()) {
            return "no change since " + previous;
        }
        return projectsAdded.size() + " projects added, " + projectsRemoved.size() + " removed, "
                + projectsChanged.size() + " changed; " + pagesAdded.size() + " pages added, " + pagesChanged.size()
                + " changed, " + pagesRemoved.size() + " removed (since " + previous + ")";
    }

    /** Writes {@code report/changes.json} into the release folder {@code release}. */
    public void write(Path release) throws IOException {
        JsonObject o = new JsonObject();
        if (previous != null) {
            o.put("previous", previous);
        }
        o.put("projectsAdded", strings(projectsAdded));
        o.put("projectsRemoved", strings(projectsRemoved));
        JsonArray changed = new JsonArray();
        for (ProjectChange c : projectsChanged) {
            JsonObject p = new JsonObject();
            p.put("project", c.project());
            JsonArray values = new JsonArray();
            for (ValueChange v : c.values()) {
                JsonObject value = new JsonObject();
                value.put("property", v.property());
                value.put("before", strings(v.before()));
                value.put("after", strings(v.after()));
                values.add(value);
            }
            p.put("values", values);
            changed.add(p);
        }
        o.put("projectsChanged", changed);
        o.put("pagesAdded", strings(pagesAdded));
        o.put("pagesChanged", strings(pagesChanged));
        o.put("pagesRemoved", strings(pagesRemoved));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, o);
        out.write('\n');
        Path dir = Files.createDirectories(release.resolve(ReleaseLayout.REPORT));
        Files.write(dir.resolve(FILE), out.toByteArray());
    }

    /** The changes of the release folder {@code release}; empty for a release built before they were recorded. */
    public static Optional<ReleaseChanges> read(Path release) throws IOException {
        Path file = release.resolve(ReleaseLayout.REPORT).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<ProjectChange> changed = new ArrayList<>();
        for (JsonValue p : array(o, "projectsChanged")) {
            List<ValueChange> values = new ArrayList<>();
            for (JsonValue v : array(p.getAsObject(), "values")) {
                JsonObject value = v.getAsObject();
                values.add(new ValueChange(value.getString("property"), list(value, "before"), list(value, "after")));
            }
            changed.add(new ProjectChange(p.getAsObject().getString("project"), values));
        }
        return Optional.of(new ReleaseChanges(
                o.hasKey("previous") ? o.getString("previous") : null,
                list(o, "projectsAdded"),
                list(o, "projectsRemoved"),
                changed,
                list(o, "pagesAdded"),
                list(o, "pagesChanged"),
                list(o, "pagesRemoved")));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isArray() ? v.getAsArray() : new JsonArray();
    }

    private static List<String> list(JsonObject o, String key) {
        return array(o, key).stream().map(v -> v.getAsString().value()).toList();
    }
}
