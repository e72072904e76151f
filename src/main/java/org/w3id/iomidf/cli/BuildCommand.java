package org.w3id.iomidf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildFailure;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.build.BuildSummary;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.release.Credits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code idf-ld build PAGES... --out DIR}: publishes pages as a new release of the dataset (TDB2 store, dumps,
 * reports) and switches it in when it is complete.
 *
 * <pre>
 * java -jar idf-ld.jar build pages/ --out site/
 * </pre>
 */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads project pages (.txt, .html, .htm; folders recursively; web archives, .warc and .warc.gz, "
                    + "the newest successful capture of each address), validates every record with "
                    + "the SHACL shapes and writes a new release to DIR/releases/<id>: tdb2/ (a fresh TDB2 database), "
                    + "dumps/ (Turtle, N-Triples gzip, JSON-LD, the page graphs as TriG gzip, CSV, void.ttl, each with a .sha256 file) and report/ "
                    + "(quarantine.ttl, warnings.ttl, duplicates.ttl, changes.json: what changed since the live release, summary.txt). DIR/current, DIR/tdb2, DIR/dumps and DIR/report "
                    + "point to the release once it is complete; a failed build leaves them as they were.",
            "Prints: pages read N, other files N, projects published N, quarantined N, warnings N, triples N, "
                    + "seconds S; then where the report is and the first reasons pages were quarantined.",
            "Exit codes: 0 published without input problems; 1 published, but pages were quarantined or "
                    + "beneficiaries were not resolved to a country (see DIR/report); 2 wrong usage (a missing or "
                    + "unreadable input: nothing is written); 3 the build failed, or would have published no "
                    + "project or less than --min-share of the live release's, and nothing was switched."
        })
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--base",
            paramLabel = "IRI",
            defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the published resources (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(
            names = "--no-progress",
            description = "Never draw a progress bar (drawn on a terminal for runs of " + "more than 1000 pages).")
    boolean noProgress;

    @Option(
            names = "--min-share",
            paramLabel = "FRACTION",
            defaultValue = "" + BuildOptions.DEFAULT_MIN_SHARE,
            description =
                    "Switch in the new release only if it has at least this share of the live release's "
                            + "projects, and one project at least (default: ${DEFAULT-VALUE}); else exit 3, live data untouched.")
    double minShare;

    @Option(
            names = "--allow-shrink",
            description = "Publish even a release with no project or far fewer projects than the live one.")
    boolean allowShrink;

    @Option(
            names = "--sources",
            paramLabel = "FILE",
            description = "Where each page was fetched from: CSV (file,url,retrieved_at) or JSON Lines (.jsonl); "
                    + "the address is published as the page's schema:url and linked from its page.")
    Path sources;

    @Option(
            names = "--publisher",
            paramLabel = "NAME",
            description = "Who publishes the data (a person or body), named in the dataset description and in the "
                    + "site's \"How to cite\" (default: idf-ld).")
    String publisher;

    @Option(
            names = "--creator",
            paramLabel = "NAME",
            description = "Who made the data, cited first; repeat for more, in the order they are to be cited.")
    List<String> creators = List.of();

    @Option(
            names = "--keep",
            paramLabel = "N",
            description = "Keep the newest N releases in DIR/releases (default: all); the live release and the one "
                    + "before it are never removed. Each kept release is served at /release/<id>/.")
    Integer keep;

    @Parameters(
            arity = "1..*",
            paramLabel = "PAGES",
            description = "Page files, WARC files, or folders of them (a harvest's ARCHIVE).")
    List<Path> pages;

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        for (Path p : pages) {
            String wrong = !Files.exists(p)
                    ? "no such file or folder: " + p
                    : !Files.isReadable(p) ? "cannot read " + p : null;
            if (wrong != null) {
                stderr.println("idf-ld build: " + wrong + " (nothing was written)");
                stderr.flush();
                return Main.USAGE;
            }
        }
        Map<String, String> webAddresses = Map.of();
        if (sources != null) {
            try {
                webAddresses = SourcesManifest.read(sources);
            } catch (IOException | SourcesManifest.Invalid e) {
                stderr.println("idf-ld build: --sources " + e.getMessage() + " (nothing was written)");
                stderr.flush();
                return Main.USAGE;
            }
        }
        BuildOptions options;
        try {
            options = new BuildOptions(
                    pages,
                    out,
                    base,
                    !noProgress && System.console() != null,
                    Clock.systemUTC(),
                    allowShrink ? 0 : minShare,
                    webAddresses,
                    new Credits(publisher, creators),
                    keep == null ? BuildOptions.KEEP_ALL : keep);
        } catch (IllegalArgumentException e) {
            stderr.println("idf-ld build: " + e.getMessage());
            stderr.flush();
            return Main.USAGE;
        }
        try {
            BuildSummary summary = new Build(options).run();
            PrintWriter stdout = spec.commandLine().getOut();
            summary.console().forEach(stdout::println);
            stdout.flush();
            return summary.inputProblems() ? Main.INPUT_PROBLEMS : Main.OK;
        } catch (BuildFailure e) {
            LoggerFactory.getLogger(BuildCommand.class).debug("build failed", e);
            spec.commandLine().getErr().println("idf-ld build: " + e.getMessage());
            return Main.FAILURE;
        }
    }
}
