package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.release.BuildMarker;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.Releases;

/**
 * Runs the real {@code build} command in its own JVM and kills it ({@code kill -9}) in each of its stages, at a
 * random moment inside the stage (fixed seed), then checks that the live release is the one before, with its data
 * unchanged, and that the next build says what happened to each killed one, removes it and succeeds. The kill
 * moments follow the stages the build records in {@code build.json}, not the clock, so a faster or slower
 * machine still kills every build while it works.
 */
@Tag("slow")
class KilledBuildTest {
    private static final Path SAMPLE = Path.of("src/test/resources/sample");
    private static final long SEED = 20261122L;
    /** The stages to kill a build in, in the order a build goes through them (see {@code Build}). */
    private static final List<String> STAGES = List.of(
            "reading pages", "loading the store and dumps", "validating the published graph", "writing reports");
    /** Longest wait for a build to reach a stage. */
    private static final long STAGE_WAIT_MS = 120_000;

    @TempDir
    Path tmp;

    @Test
    void killedBuildsLeaveTheLiveReleaseAndAreReportedByTheNextBuild() throws Exception {
        Path out = tmp.resolve("site");
        Path small = tmp.resolve("small");
        copyPages(small, 10);
        new Build(Tools.options(List.of(small), out, "2026-01-01T10:00:00Z")).run();
        Random random = new Random(SEED);
        int interrupted = 0;
        for (int i = 0; i < STAGES.size(); i++) {
            Live before = Live.of(out);
            List<Path> earlier = leftovers(out);
            Process build = build(out, tmp.resolve("kill-" + i + ".log"));
            String target = STAGES.get(i);
            boolean reached = awaitStage(out, earlier, target, build);
            long delay = random.nextInt(40);
            boolean finished = build.waitFor(delay, TimeUnit.MILLISECONDS);
            build.destroyForcibly().waitFor();
            Live after = Live.of(out);
            List<Path> left =
                    leftovers(out).stream().filter(p -> !earlier.contains(p)).toList();
            if (!after.release().equals(before.release())) {
                assertTrue(finished || left.isEmpty(), "current moved to an incomplete build: " + after);
            } else {
                assertEquals(before, after, "killed after " + delay + " ms: the live release changed");
            }
            interrupted += left.isEmpty() ? 0 : 1;
            System.out.println("kill " + i + " " + delay + " ms after reaching '" + target + "' (" + reached + "): "
                    + (left.isEmpty()
                            ? "before the build began its release folder"
                            : BuildMarker.explain(left.get(0))));
        }
        assertTrue(
                interrupted >= STAGES.size() - 1,
                "too few kills landed during a build: " + interrupted + " of " + STAGES.size());
        List<String> stages = leftovers(out).stream().map(BuildMarker::explain).toList();
        Path log = tmp.resolve("last.log");
        Process last = build(out, log);
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the build after the kills did not finish");
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(last.exitValue() <= 1, "the build after the kills failed:\n" + err);
        Path summary = out.resolve("report").resolve("summary.txt");
        String report = Files.readString(summary, StandardCharsets.UTF_8);
        for (String why : stages) {
            assertTrue(err.contains(why), "not reported in the log: " + why + "\n" + err);
            assertTrue(report.contains(why), "not reported in " + summary + ": " + why + "\n" + report);
            assertTrue(why.contains("did not complete") || why.contains("before it was switched in"), why);
        }
        assertTrue(leftovers(out).isEmpty(), "unfinished releases were not removed: " + leftovers(out));
        Live.of(out);
    }

    /** Copies the first {@code n} sample pages (all with their expected answers beside them) into a folder. */
    private static void copyPages(Path into, int n) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> pages = Files.list(SAMPLE.resolve("pages"))) {
            for (Path p : pages.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(n)
                    .toList()) {
                Files.copy(p, into.resolve(p.getFileName()));
            }
        }
    }

    private static Process build(Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.w3id.iomidf.cli.Main",
                "build",
                "--no-progress",
                "--out",
                out.toString(),
                SAMPLE.resolve("pages").toString(),
                SAMPLE.resolve("seeds").toString()));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Waits until the build started after {@code earlier} records {@code target} or a later stage in its marker,
     * or until it exits. True when the stage was seen.
     */
    private static boolean awaitStage(Path out, List<Path> earlier, String target, Process build)
            throws IOException, InterruptedException {
        int wanted = STAGES.indexOf(target);
        long deadline = System.currentTimeMillis() + STAGE_WAIT_MS;
        while (build.isAlive() && System.currentTimeMillis() < deadline) {
            for (Path dir : leftovers(out)) {
                if (!earlier.contains(dir) && stageIndex(dir.resolve(BuildMarker.FILE)) >= wanted) {
                    return true;
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** Where in {@link #STAGES} the marker's stage is: -1 before the first, the last index after it. */
    private static int stageIndex(Path marker) {
        try {
            String stage = JSON.read(marker.toString()).getString("stage");
            int at = STAGES.indexOf(stage);
            return at >= 0 || "starting".equals(stage) ? at : STAGES.size() - 1;
        } catch (RuntimeException e) {
            // Not written yet, or being replaced: look again.
            return -1;
        }
    }

    private static List<Path> leftovers(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve("releases"))) {
            return list.filter(p -> p.getFileName().toString().endsWith(Releases.TMP))
                    .sorted()
                    .toList();
        }
    }

    /** The live release as a reader sees it: its folder, its Turtle dump's checksum, its store's triple count. */
    private record Live(Path release, String turtleSha256, long storeTriples) {
        static Live of(Path out) throws IOException {
            Path current = out.resolve("current").toRealPath();
            assertTrue(Files.isRegularFile(current.resolve("release.json")), "current is incomplete: " + current);
            String sum = Files.readString(current.resolve("dumps").resolve(Dump.TURTLE.fileName() + ".sha256"));
            Dataset ds = TDB2Factory.connectDataset(current.resolve("tdb2").toString());
            try {
                long n = Txn.calculateRead(
                        ds, () -> ds.asDatasetGraph().getDefaultGraph().size());
                return new Live(current, sum, n);
            } finally {
                TDBInternal.expel(ds.asDatasetGraph());
            }
        }
    }
}
