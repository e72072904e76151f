package org.w3id.iomidf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratedSet;
import org.w3id.iomidf.generate.GeneratorSettings;
import org.w3id.iomidf.generate.PageGenerator;
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
            "The same --pages, --seed and --broken give byte-identical files."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pages", required = true, paramLabel = "N", description = "Number of pages (at least 1).")
    int pages;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(
            names = "--broken",
            defaultValue = "0.005",
            paramLabel = "SHARE",
            description = "Share of pages broken on purpose, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double broken;

    @Override
    public Integer call() {
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
}
