package org.w3id.iomidf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratedSet;
import org.w3id.iomidf.generate.GeneratedSite;
import org.w3id.iomidf.generate.GeneratorSettings;
import org.w3id.iomidf.generate.PageGenerator;
import org.w3id.iomidf.generate.SiteGenerator;
import org.w3id.iomidf.generate.SiteServer;
import org.w3id.iomidf.generate.SiteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code idf-ld generate --pages N --seed S --out DIR}: writes synthetic pages shaped like the real ones, with
 * the truth of each, to test the pipeline at scale and to benchmark it.
 *
 * <pre>
 * java -jar idf-ld.jar generate --pages 100000 --seed 7 --out /tmp/gen
 * java -jar idf-ld.jar build /tmp/gen/pages --out /tmp/site
 * </pre>
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes N synthetic project pages into DIR/pages/ (folders of 1000 pages) and, in "
                    + "DIR/truth.jsonl, one JSON object per page with what a correct parser extracts from it (the keys "
                    + "of the sample truth files, plus file, project, layout and the expected problem of broken pages).",
            "The same --pages, --seed and --broken give byte-identical files.",
            "With --site DIR instead: writes a copy of the Fund's web site to crawl (project pages in three languages "
                    + "linked by hreflang alternates, listings, a sitemap index with a gzipped child, robots.txt, "
                    + "pages that are no project pages, DIR/sources.csv); with --serve PORT also serves it on "
                    + "127.0.0.1 until stopped (PORT 0: any free port, printed)."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pages", paramLabel = "N", description = "Number of pages (at least 1).")
    Integer pages;

    @Option(names = "--site", paramLabel = "DIR", description = "Write a web site to crawl into DIR.")
    Path site;

    @Option(
            names = "--projects",
            defaultValue = "100",
            paramLabel = "N",
            description = "Projects on the site (default: ${DEFAULT-VALUE}).")
    int projects;

    @Option(
            names = "--base",
            paramLabel = "URL",
            description = "The site's address, scheme and host (default: http://127.0.0.1:PORT with --serve, "
                    + "else http://127.0.0.1:8080).")
    String base;

    @Option(
            names = "--crawl-delay",
            defaultValue = "1",
            paramLabel = "SECONDS",
            description = "The Crawl-delay of the site's robots.txt (default: ${DEFAULT-VALUE}).")
    double crawlDelay;

    @Option(names = "--serve", paramLabel = "PORT", description = "Serve the site on this port until stopped.")
    Integer serve;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write pages into.")
    Path out;

    @Option(
            names = "--broken",
            defaultValue = "0.005",
            paramLabel = "SHARE",
            description = "Share of pages broken on purpose, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double broken;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (site != null) {
            return site();
        }
        if (pages == null || out == null) {
            throw new ParameterException(spec.commandLine(), "give --pages N and --out DIR, or --site DIR");
        }
        if (pages < 1 || broken < 0 || broken > 1) {
            throw new ParameterException(spec.commandLine(), "--pages must be at least 1 and --broken within 0..1");
        }
        GeneratorSettings settings = new GeneratorSettings(pages, seed, out, broken);
        GeneratedSet set = new PageGenerator(Gazetteer.load()).generate(settings);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "%d pages of %d projects (%d broken) in %s, truth in %s%n",
                set.pages(), set.projects(), set.broken(), set.out().resolve("pages"), set.truth());
        err.flush();
        return Main.OK;
    }

    private Integer site() throws IOException, InterruptedException {
        if (projects < 1 || crawlDelay < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--projects must be at least 1, --crawl-delay not negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        SiteServer server = serve == null ? null : SiteServer.start(site, serve, false);
        String address = base != null ? base : server != null ? server.base() : "http://127.0.0.1:8080";
        GeneratedSite written;
        try {
            written = new SiteGenerator(Gazetteer.load())
                    .generate(new SiteSettings(projects, seed, site, address, crawlDelay));
        } catch (IllegalArgumentException e) {
            if (server != null) {
                server.close();
            }
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        err.printf(
                "%d projects, %d project pages (%d projects without identifiers) in %s%n",
                written.projects(), written.pages(), written.withoutIds(), site);
        err.flush();
        if (server == null) {
            return Main.OK;
        }
        spec.commandLine().getOut().println("serving " + address + "/ (robots.txt, sitemap.xml, projects)");
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
        return Main.OK;
    }
}
