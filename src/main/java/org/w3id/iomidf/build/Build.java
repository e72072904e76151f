package org.w3id.iomidf.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.ProjectMapper;
import org.w3id.iomidf.map.ProjectMerger;
import org.w3id.iomidf.release.BuildMarker;
import org.w3id.iomidf.release.DatasetDescription;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.ReleaseChanges;
import org.w3id.iomidf.release.ReleaseHistory;
import org.w3id.iomidf.release.ReleaseLayout;
import org.w3id.iomidf.release.ReleaseManifest;
import org.w3id.iomidf.release.Releases;
import org.w3id.iomidf.source.PageParser;
import org.w3id.iomidf.validate.IdfShapes;
import org.w3id.iomidf.validate.RecordValidator;

/**
 * The build: pages in, one new release out. Pass 1 reads and parses every page once, quarantines those that
 * cannot be published, keeps the rest in a spill file on disk and groups them by project (small keys only in
 * memory). Pass 2 takes each group back from the spill, merges, maps and validates it, and streams the records that pass into a fresh TDB2 database and the dumps at once. Then the
 * dataset is described, what no record could be validated for alone (the description, the reference data, shared
 * pages) validated over the store, reports written, and only then is the new
 * release switched in. A build that fails or is killed leaves the live release untouched.
 *
 * <pre>{@code
 * BuildSummary s = new Build(new BuildOptions(List.of(Path.of("pages")), Path.of("site"),
 *         IriMinter.DEFAULT_BASE, false, Clock.systemUTC())).run();
 * System.out.println(s.line());
 * }</pre>
 */
public final class Build {
    private static final Logger LOG = LoggerFactory.getLogger(Build.class);
    /** The pages pass 1 keeps for pass 2, in the release folder being written; deleted before the switch. */
    private static final String SPILL = "pages.spill";

    private final BuildOptions options;
    private final IriMinter iris;
    private final IdfShapes shapes;
    private final IdfShapes finalShapes;
    /** The stage the build is in, recorded in {@code build.json} and named when it fails. */
    private String stage = "starting";

    public Build(BuildOptions options) {
        this(options, null);
    }

    /** @param finalShapes the shapes the whole published graph must meet; null for the record shapes */
    Build(BuildOptions options, IdfShapes finalShapes) {
        this.options = options;
        this.iris = new IriMinter(options.base());
        this.shapes = IdfShapes.load(iris.base());
        this.finalShapes = finalShapes == null ? shapes : finalShapes;
    }

    /** @throws BuildFailure when the build could not complete; the previous release is then still live */
    public BuildSummary run() {
        long t0 = System.nanoTime();
        Instant started = options.clock().instant();
        Releases releases = new Releases(options.out());
        Path tmp;
        BuildMarker marker;
        BuildReport report = new BuildReport();
        try {
            releases.removeDebris().forEach(why -> {
                LOG.warn("{}", why);
                report.note(why);
            });
            tmp = releases.begin(started);
            marker = BuildMarker.start(tmp, started);
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailure("cannot write to output folder " + options.out() + ": " + e, e);
        }
        try (report) {
            report.open(tmp.resolve(ReleaseLayout.REPORT));
            return build(releases, new Attempt(tmp, marker, started, t0), report);
        } catch (IOException | UncheckedIOException e) {
            marker.failed(stage, e.toString());
            throw new BuildFailure("build into " + tmp + " failed: " + e, e);
        } catch (RuntimeException e) {
            marker.failed(stage, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
    }

    /** One run of the build: its release folder, its marker, when it started (clock and nanoTime). */
    private record Attempt(Path tmp, BuildMarker marker, Instant started, long t0) {}

    private BuildSummary build(Releases releases, Attempt a, BuildReport report) throws IOException {
        Path tmp = a.tmp();
        BuildMarker marker = a.marker();
        enter(marker, "reading pages");
        ReferenceData reference = ReferenceData.load(iris, shapes);
        PageParser parser =
                new PageParser(reference.gazetteer(), reference.codeLists(), options.inputs(), options.webAddresses());
        BuildSummary summary;
        try (PageSpill spill = PageSpill.create(tmp.resolve(SPILL))) {
            FirstPass first = FirstPass.run(options.inputs(), parser, spill, report, options.progress());
            LOG.info(
                    "pass 1: {} pages read, {} quarantined, {} projects found ({} MB kept for pass 2)",
                    first.pagesRead(),
                    report.quarantinedPages(),
                    first.groups().size(),
                    spill.size() >> 20);
            summary = publishRelease(first, reference, a, report, releases);
        }
        return publish(releases, tmp, marker, summary);
    }

    /** Pass 2 and everything after it up to {@code release.json}: the release is complete but not yet live. */
    private BuildSummary publishRelease(
            FirstPass first, ReferenceData reference, Attempt a, BuildReport report, Releases releases)
            throws IOException {
        Publisher.Parts parts = new Publisher.Parts(
                new ProjectMerger(),
                new ProjectMapper(iris, reference.codeLists(), reference.gazetteer()),
                new RecordValidator(shapes, reference.graph(), iris));
        try (ReleaseWriter release = new ReleaseWriter(a.tmp(), iris, reference, finalShapes)) {
            enter(a.marker(), "loading the store and dumps");
            ReleaseWriter.Loaded loaded = release.load(first, parts, report, options.progress());
            LOG.info(
                    "pass 2: {} projects published, {} pages quarantined, {} warnings, {} triples",
                    loaded.published(),
                    report.quarantinedPages(),
                    report.warnings(),
                    loaded.triples());
            ReleaseWriter.Place place = place(releases, a.tmp());
            report.changes(place.changes());
            enter(a.marker(), "validating the published graph");
            release.describe(loaded, a.started(), options.clock().instant(), options.credits(), place);
            LOG.info("published graph validated");
            BuildSummary summary = new BuildSummary(
                    first.pagesRead(),
                    report.otherFiles(),
                    loaded.published(),
                    report.quarantinedPages(),
                    report.warnings(),
                    loaded.unresolved(),
                    report.likelyDuplicates().size(),
                    loaded.triples(),
                    (System.nanoTime() - a.t0()) / 1e9,
                    a.tmp(),
                    report.reasons(FirstPass.REASONS_SHOWN));
            enter(a.marker(), "writing reports");
            report.write(summary.line());
            release.finish(summary, a.started(), place);
            return summary;
        }
    }

    /**
     * Where the new release stands in the folder's history: its number, the live release it follows and what
     * changed against it (read from both N-Triples dumps), and the kept releases before it.
     */
    private ReleaseWriter.Place place(Releases releases, Path tmp) throws IOException {
        long t0 = System.nanoTime();
        Optional<Path> live = releases.current();
        ReleaseManifest before = live.isPresent() ? ReleaseManifest.read(live.get()) : null;
        Path compared = live.filter(
                        p -> Files.isRegularFile(p.resolve(ReleaseLayout.DUMPS).resolve(Dump.NTRIPLES.fileName())))
                .orElse(null);
        ReleaseChanges changes = new ReleaseComparison(iris).compare(compared, tmp);
        changes.write(tmp);
        // The versions the description names: the kept releases that stay once this build has pruned.
        List<ReleaseHistory.KeptRelease> newestFirst = new ReleaseHistory(options.out()).releases();
        List<ReleaseHistory.KeptRelease> staying =
                newestFirst.subList(0, Math.min(newestFirst.size(), Math.max(1, options.keep() - 1)));
        List<DatasetDescription.Version> earlier = new ArrayList<>();
        for (int i = staying.size() - 1; i >= 0; i--) {
            staying.get(i).version().ifPresent(earlier::add);
        }
        int version = before == null ? 1 : (before.version() > 0 ? before.version() : newestFirst.size()) + 1;
        LOG.info("release {}: {} ({} ms to compare)", version, changes.summary(), (System.nanoTime() - t0) / 1_000_000);
        return new ReleaseWriter.Place(
                version, compared == null ? null : compared.getFileName().toString(), changes, earlier);
    }

    private BuildSummary publish(Releases releases, Path tmp, BuildMarker marker, BuildSummary summary)
            throws IOException {
        enter(marker, "switching");
        Optional<Path> previous = releases.current();
        refuseLoss(previous, summary);
        marker.remove();
        Path live = releases.publish(tmp);
        List<Path> always = new ArrayList<>(List.of(live));
        previous.ifPresent(always::add);
        releases.prune(options.keep(), always).forEach(p -> LOG.info("removed old release {}", p));
        LOG.info("release {} is live", live.getFileName());
        return summary.in(live);
    }

    /**
     * Refuses to switch to a release that would take the readers' data away: one with no project, or with fewer
     * than {@link BuildOptions#minShare()} of the live release's projects. The release stays unpublished (the
     * next build removes it and says why); the live one is untouched.
     */
    private void refuseLoss(Optional<Path> live, BuildSummary summary) throws IOException {
        if (options.minShare() <= 0) {
            return;
        }
        String report = summary.release()
                .resolve(ReleaseLayout.REPORT)
                .resolve("summary.txt")
                .toString();
        String refused = null;
        if (summary.published() == 0) {
            refused = "not published: no project was found to publish (" + summary.pagesRead() + " pages read, "
                    + summary.quarantined() + " quarantined, " + summary.otherFiles() + " other files)";
        } else if (live.isPresent()) {
            int before = ReleaseManifest.read(live.get()).projectsPublished();
            if (summary.published() < options.minShare() * before) {
                refused = String.format(
                        java.util.Locale.ROOT,
                        "not published: %d projects against %d in the live release %s (less than %.0f%%)",
                        summary.published(),
                        before,
                        live.get().getFileName(),
                        options.minShare() * 100);
            }
        }
        if (refused != null) {
            String line =
                    refused + "; the live release is untouched; --allow-shrink publishes anyway; report: " + report;
            throw new LossRefused(line);
        }
    }

    private void enter(BuildMarker marker, String next) throws IOException {
        stage = next;
        marker.stage(next);
    }
}
