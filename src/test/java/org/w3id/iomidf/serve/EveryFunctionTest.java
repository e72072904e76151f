package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.FN_Matches;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every function and property function Jena lets a query call, whatever it is named by: each IRI in Jena's
 * registries and each class of its function libraries under its {@code afn:}, {@code apf:} and {@code java:}
 * names, called directly and through {@code fn:apply}, with a backtracking pattern in every argument place a
 * pattern can take. Not one of them runs past the deadline: each is answered within the timeout and a few
 * seconds, and afterwards no thread is still matching.
 */
@Tag("slow")
class EveryFunctionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final String APF = "http://jena.apache.org/ARQ/property#";
    private static final String TEXT = "\"" + RunawayQueryTest.TEXT + "\"";
    private static final String PATTERN = "\"" + RunawayQueryTest.PATTERN + "\"";

    @TempDir
    static Path tmp;

    static LinkedDataServer server;
    static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        server = LinkedDataServer.start(
                new ServeConfig(BuildFixture.create(tmp, RunawayQueryTest.cycles()), 0, false, TIMEOUT, 64L << 20));
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The top-level classes of the package of {@code sample} that are a {@code kind}, by name. */
    private static List<String> classes(Class<?> sample, Class<?> kind) throws Exception {
        String pkg = sample.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        File jar = new File(
                sample.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile f = new JarFile(jar)) {
            for (var e : Collections.list(f.entries())) {
                String n = e.getName();
                if (n.startsWith(pkg) && n.endsWith(".class") && !n.contains("$") && n.indexOf('/', pkg.length()) < 0) {
                    Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'));
                    if (kind.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                        names.add(c.getName());
                    }
                }
            }
        }
        return names;
    }

    private static List<String> queries() throws Exception {
        TreeSet<String> functions = new TreeSet<>();
        FunctionRegistry.get().keys().forEachRemaining(functions::add);
        for (String c : classes(FN_Matches.class, Function.class)) {
            functions.add(AFN + c.substring(c.lastIndexOf('.') + 1));
            functions.add("java:" + c);
        }
        TreeSet<String> properties = new TreeSet<>();
        PropertyFunctionRegistry.get().keys().forEachRemaining(properties::add);
        for (String c : classes(strSplit.class, PropertyFunction.class)) {
            properties.add(APF + c.substring(c.lastIndexOf('.') + 1));
            properties.add("java:" + c);
        }
        List<String> queries = new ArrayList<>();
        List<String> args = List.of(TEXT, PATTERN, "\"s\"", "\"s\"");
        for (String f : functions) {
            for (int n = 2; n <= 4; n++) {
                String call = String.join(", ", args.subList(0, n));
                queries.add("SELECT (<" + f + ">(" + call + ") AS ?x) {}");
                queries.add(
                        "SELECT (<http://www.w3.org/2005/xpath-functions#apply>(<" + f + ">, " + call + ") AS ?x) {}");
            }
        }
        for (String p : properties) {
            queries.add("SELECT * { ?x <" + p + "> (" + TEXT + " " + PATTERN + ") }");
        }
        return queries;
    }

    @Test
    void noFunctionRunsPastTheDeadline() throws Exception {
        List<String> queries = queries();
        assertTrue(queries.size() > 1000, "the registries and libraries were read: " + queries.size());
        List<String> late = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (String q : queries) {
            clients.execute(() -> {
                long start = System.nanoTime();
                RawHttp.Response r = raw.get(RunawayQueryTest.target(q), "Accept", "text/csv");
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > TIMEOUT.toMillis() + 5000) {
                    late.add(r.status() + " after " + millis + " ms: " + q);
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(10, TimeUnit.MINUTES), "calls still running");
        assertEquals(List.of(), late, queries.size() + " calls");
        List<String> left = RunawayQueryTest.stillRunning();
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = RunawayQueryTest.stillRunning();
        }
        assertEquals(List.of(), left, "still matching after every call was answered");
    }
}
