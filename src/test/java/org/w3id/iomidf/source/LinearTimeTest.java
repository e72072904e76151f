package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.iomidf.country.Gazetteer;

/**
 * Reading pages and splitting beneficiary lines take time linear in the input, whatever its shape: for each
 * adversarial pattern, an input eight times larger may take at most {@value #MAX_RATIO} times longer (linear
 * is 8, quadratic 64). The time is the thread's CPU time, the best of interleaved runs after warm-up rounds: a
 * loaded machine or a collector pause delays a run but adds no CPU time to it, so the ratio stays steady. The
 * runs must also finish within {@link #HANG}, so a hang fails rather than stalls the build.
 */
class LinearTimeTest {
    private static final double MAX_RATIO = 20;
    private static final int RUNS = 5;
    private static final int WARM_UP = 3;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Duration HANG = Duration.ofSeconds(15);
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final PageReader READER = new PageReader();
    private static final PageParser PARSER = new PageParser(GAZETTEER::split, READER);

    /** Each pattern: a name, the page name (its extension picks text or HTML) and the page for a size. */
    static Stream<Arguments> pages() {
        return Stream.of(
                page("one long title line", "p.txt", n -> "word ".repeat(n)),
                page("a long description line", "p.txt", n -> "Title\n\nText " + "sentence ".repeat(n)),
                page("many dash lines", "p.txt", n -> "Title\n" + "-\n".repeat(n)),
                page("many dash/label/value triples", "p.txt", n -> "Title\n" + "-\nStart Date\n2019\n".repeat(n / 2)),
                page(
                        "many Spanish ambiguous labels",
                        "p.txt",
                        n -> "Título\n" + "-\nTipo de proyecto\nx\n".repeat(n / 2)),
                page("many bullet labels", "p.txt", n -> "Title\n" + "  • Start Date\n    2019\n".repeat(n)),
                page(
                        "many blank lines between bullets",
                        "p.txt",
                        n -> "Title\n  • Start Date\n" + "\n".repeat(8 * n) + "  • End Date\n    2020\n"),
                page("many unknown bullets", "p.txt", n -> "Title\n" + "  • Foo\n    bar\n".repeat(n)),
                page("a long sidebar", "p.txt", n -> "- menu\n".repeat(4 * n) + "T\nT\nAfrica\n"),
                page("many doubled lines", "p.txt", n -> "T\n".repeat(8 * n)),
                page(
                        "thousands of countries",
                        "p.txt",
                        n -> "Title\n  • Benefiting Member States\n    "
                                + "Mongolia Côte d’Ivoire Chad ".repeat(n / 3)),
                page(
                        "accents and apostrophes",
                        "p.txt",
                        n -> "Title\n  • Benefiting Member States\n    " + "e\u0301’ʼ'".repeat(4 * n)),
                page("deep HTML nesting", "p.html", n -> "<div>".repeat(n) + "Title" + "</div>".repeat(n)),
                page("many inline HTML elements", "p.html", n -> "<p>" + "<b>x</b> ".repeat(4 * n) + "</p>"),
                page("many HTML list items", "p.html", n -> "<ul>" + "<li><div>-</div></li>".repeat(n) + "</ul>"));
    }

    /** Beneficiary lines given straight to the gazetteer. */
    static Stream<Arguments> lines() {
        return Stream.of(
                line("thousands of space-joined names", n -> "Mongolia Democratic Republic of the Congo "
                        .repeat(n / 6)),
                line("one long unknown run", n -> "Atlantis ".repeat(n)),
                line("article runs", n -> "la ".repeat(n) + "Turquie"),
                line("commas and semicolons", n -> ", ;".repeat(n)),
                line("name prefixes never completed", n -> "Democratic Republic of the ".repeat(n / 5)),
                line("accents and apostrophes", n -> "é’'ʼ\u0301".repeat(n)),
                line("parentheses", n -> "Bolivia (Plurinational State of) ".repeat(n / 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageReadingIsLinear(String pattern, String name, IntFunction<String> page) {
        assertLinear(pattern, 2_000, n -> {
            byte[] bytes = page.apply(n).getBytes(StandardCharsets.UTF_8);
            return () -> PARSER.parse(READER.read(name, bytes));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void splittingIsLinear(String pattern, IntFunction<String> line) {
        assertLinear(pattern, 4_000, n -> {
            String text = line.apply(n);
            return () -> GAZETTEER.split(text);
        });
    }

    private static void assertLinear(String pattern, int n, IntFunction<Runnable> task) {
        Runnable small = task.apply(n);
        Runnable large = task.apply(8 * n);
        double ratio = assertTimeoutPreemptively(HANG, () -> ratio(small, large), pattern + ": hangs");
        assertTrue(ratio < MAX_RATIO, () -> String.format("%s: 8x the input took %.1fx the time", pattern, ratio));
    }

    private static double ratio(Runnable small, Runnable large) {
        // Warm-up rounds, so both sizes run compiled code when measured (one round left the large input's path
        // partly interpreted on a busy machine: 40x once for a linear split).
        for (int i = 0; i < WARM_UP; i++) {
            small.run();
            large.run();
        }
        long[] s = new long[RUNS];
        long[] l = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            s[i] = time(small);
            l[i] = time(large);
        }
        return (double) Arrays.stream(l).min().orElseThrow()
                / Math.max(Arrays.stream(s).min().orElseThrow(), 1);
    }

    private static long time(Runnable task) {
        long start = CPU.getCurrentThreadCpuTime();
        task.run();
        return CPU.getCurrentThreadCpuTime() - start;
    }

    private static Arguments page(String pattern, String name, IntFunction<String> page) {
        return Arguments.of(pattern, name, page);
    }

    private static Arguments line(String pattern, IntFunction<String> line) {
        return Arguments.of(pattern, line);
    }
}
