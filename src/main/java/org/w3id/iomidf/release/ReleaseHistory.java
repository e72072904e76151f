package org.w3id.iomidf.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.w3id.iomidf.map.IriMinter;

/**
 * The kept releases of a build folder, as the server and the next build read them: each one's manifest and what
 * changed in it, newest first, and a project's history across them. A complete release never changes, so each one
 * is read once; the folder itself is listed on every call (a build may have added or pruned one).
 *
 * <pre>{@code
 * ReleaseHistory history = new ReleaseHistory(Path.of("site"));
 * history.releases().get(0).manifest().versionLabel();      // the newest release's version
 * history.of("https://w3id.org/iom-idf/project/TN10P0001"); // first published in ..., changed in ...
 * }</pre>
 */
public final class ReleaseHistory {
    /** What a release id looks like: a build's start time, and a suffix for a second build in the same second. */
    private static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z(-\\d+)?|[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** One kept release: its folder, its manifest, and what changed in it (null if it did not record it). */
    public record KeptRelease(Path home, ReleaseManifest manifest, ReleaseChanges changes) {
        public String id() {
            return home.getFileName().toString();
        }

        /**
         * The release as a version of the dataset, as the description of a later release names it; empty for a
         * release without its N-Triples dump and checksum (the download a version is described with).
         */
        public Optional<DatasetDescription.Version> version() {
            LiveRelease r = reader(home.getParent().getParent());
            Optional<DumpFile> ntriples = r.dumpFiles().stream()
                    .filter(d -> d.name().equals(Dump.NTRIPLES.fileName()) && d.sha256() != null)
                    .findFirst();
            if (ntriples.isEmpty()) {
                return Optional.empty();
            }
            DumpFile dump = ntriples.get();
            Model description = r.description();
            Resource period = description.createResource(new IriMinter(r.base()).datasetPart("period"));
            return Optional.of(new DatasetDescription.Version(
                    id(),
                    manifest.versionLabel(),
                    issued(),
                    manifest.triples(),
                    dump,
                    year(period, DCAT.startDate),
                    year(period, DCAT.endDate),
                    changes == null ? null : changes.summary(),
                    manifest.previous()));
        }

        /** When the release was built; the time its manifest was written if it does not say. */
        private java.time.Instant issued() {
            if (manifest.started() != null) {
                return manifest.started();
            }
            try {
                return java.nio.file.Files.getLastModifiedTime(home.resolve(ReleaseManifest.FILE))
                        .toInstant();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + home, e);
            }
        }

        private static String year(Resource period, Property p) {
            Statement s = period.getProperty(p);
            return s == null ? null : s.getLiteral().getLexicalForm();
        }

        /** The release as the server reads one: its dumps and description. */
        public LiveRelease reader(Path dir) {
            return new LiveRelease(
                    dir,
                    id(),
                    home,
                    LiveRelease.baseOf(
                            manifest.base(), home.resolve(ReleaseLayout.DUMPS).resolve(Dump.DESCRIPTION.fileName())),
                    manifest);
        }
    }

    /** What a release did to one project. */
    public enum Event {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** One step of a project's history: the release, what happened, and the values changed (for CHANGED). */
    public record Step(KeptRelease release, Event event, List<ReleaseChanges.ValueChange> values) {}

    private final Path dir;
    private final Releases folders;
    private final Map<Path, KeptRelease> read = new ConcurrentHashMap<>();

    /** @param dir the build folder (the one holding {@code releases/} and {@code current}) */
    public ReleaseHistory(Path dir) {
        this.dir = dir;
        this.folders = new Releases(dir);
    }

    /** The kept releases, newest first. */
    public List<KeptRelease> releases() {
        try {
            List<Path> kept = new ArrayList<>(folders.kept());
            read.keySet().retainAll(kept);
            List<KeptRelease> out = new ArrayList<>();
            for (int i = kept.size() - 1; i >= 0; i--) {
                out.add(read.computeIfAbsent(kept.get(i), ReleaseHistory::load));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the releases of " + dir, e);
        }
    }

    /** The kept release {@code id}, if there is one (an id that could not name a folder finds nothing). */
    public Optional<KeptRelease> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return releases().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** What the kept releases did to {@code project} (its IRI), oldest first. */
    public List<Step> of(String project) {
        List<KeptRelease> newestFirst = releases();
        List<Step> steps = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            KeptRelease r = newestFirst.get(i);
            ReleaseChanges c = r.changes();
            if (c == null) {
                continue;
            }
            if (c.projectsAdded().contains(project)) {
                steps.add(new Step(r, Event.ADDED, List.of()));
            } else if (c.projectsRemoved().contains(project)) {
                steps.add(new Step(r, Event.REMOVED, List.of()));
            } else {
                c.changeOf(project).ifPresent(p -> steps.add(new Step(r, Event.CHANGED, p.values())));
            }
        }
        return steps;
    }

    private static KeptRelease load(Path home) {
        try {
            return new KeptRelease(
                    home, ReleaseManifest.read(home), ReleaseChanges.read(home).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + home, e);
        }
    }
}
