package org.w3id.iomidf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code idf-ld publish URL... --archive ARCHIVE --out DIR}: harvest, build and switch as one command, for a timer.
 * A harvest that fetched nothing usable stops here (exit 3) and the live release stays; otherwise the build reads
 * the whole archive and switches only as {@code build} does (its loss guard included).
 *
 * <pre>
 * java -jar idf-ld.jar publish https://www.iom.int/sitemap.xml --archive /srv/idf/archive --out /srv/idf/site \
 *     --contact mailto:data@example.org
 * </pre>
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Runs harvest URL... --out ARCHIVE, then build ARCHIVE --out DIR, which switches DIR to the new release.",
            "Exit codes: 0 published, nothing failed; 1 published, but pages failed to harvest or were quarantined; "
                    + "2 wrong usage; 3 nothing was switched: nothing usable was harvested, or the build failed or "
                    + "would lose too many projects (the live release is untouched)."
        })
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Start addresses (http or https).")
    List<String> seeds;

    @Option(names = "--archive", required = true, paramLabel = "ARCHIVE", description = "The WARC archive folder.")
    Path archive;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The publication folder.")
    Path out;

    @Option(names = "--contact", paramLabel = "URL_OR_MAIL", description = "Passed to harvest.")
    String contact;

    @Option(names = "--follow", paramLabel = "REGEX", description = "Passed to harvest (repeatable).")
    List<String> follow;

    @Option(names = "--delay", paramLabel = "SECONDS", description = "Passed to harvest.")
    String delay;

    @Option(names = "--max-pages", paramLabel = "N", description = "Passed to harvest.")
    String maxPages;

    @Option(names = "--allow-private", description = "Passed to harvest.")
    boolean allowPrivate;

    @Option(names = "--base", paramLabel = "IRI", description = "Passed to build.")
    String base;

    @Option(names = "--min-share", paramLabel = "FRACTION", description = "Passed to build.")
    String minShare;

    @Override
    public Integer call() {
        List<String> harvest = new ArrayList<>(List.of("harvest"));
        harvest.addAll(seeds);
        harvest.addAll(List.of("--out", archive.toString()));
        add(harvest, "--contact", contact);
        if (follow != null) {
            follow.forEach(f -> add(harvest, "--follow", f));
        }
        add(harvest, "--delay", delay);
        add(harvest, "--max-pages", maxPages);
        if (allowPrivate) {
            harvest.add("--allow-private");
        }
        int harvested = run(harvest);
        if (harvested == Main.USAGE || harvested == Main.FAILURE) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("idf-ld publish: nothing was built or switched");
            err.flush();
            return harvested;
        }
        List<String> build =
                new ArrayList<>(List.of("build", archive.toString(), "--out", out.toString(), "--no-progress"));
        add(build, "--base", base);
        add(build, "--min-share", minShare);
        int built = run(build);
        return built == Main.OK ? harvested : built;
    }

    private int run(List<String> args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        return cl.execute(args.toArray(String[]::new));
    }

    private static void add(List<String> args, String option, String value) {
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }
}
