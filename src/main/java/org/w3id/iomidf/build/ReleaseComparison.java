package org.w3id.iomidf.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.record.JsonText;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.ReleaseChanges;
import org.w3id.iomidf.release.ReleaseLayout;

/**
 * What changed between two releases, read from their N-Triples dumps (the published dataset, one statement a line):
 * each project's statements compared property by property, each source page by its file and checksum. Only project
 * and page statements are kept in memory, the reference data is skipped as it streams by.
 *
 * <p>A project's {@code prov:wasDerivedFrom} is not compared: page IRIs are their content's checksum, so it changes
 * with every edited page, which the pages part of the changes already says by file.
 */
final class ReleaseComparison {
    /** Where project IRIs and page IRIs start. */
    private final String projectSpace;

    private final String pageSpace;

    ReleaseComparison(IriMinter iris) {
        this.projectSpace = iris.base() + "project/";
        this.pageSpace = iris.base() + "page/";
    }

    /** The changes of release folder {@code current} against {@code previous} (null for a first release). */
    ReleaseChanges compare(Path previous, Path current) throws IOException {
        // The two dumps are read at once, one on a thread of its own: each read is a parse of the whole dataset.
        CompletableFuture<Statements> earlier =
                previous == null ? null : CompletableFuture.supplyAsync(() -> readUnchecked(previous));
        Statements now = read(current);
        if (previous == null) {
            return new ReleaseChanges(
                    null,
                    List.copyOf(now.projects.keySet()),
                    List.of(),
                    List.of(),
                    List.copyOf(now.files().keySet()),
                    List.of(),
                    List.of());
        }
        Statements before;
        try {
            before = earlier.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
        List<String> added = new ArrayList<>();
        List<ReleaseChanges.ProjectChange> changed = new ArrayList<>();
        now.projects.forEach((project, values) -> {
            Map<String, Set<String>> old = before.projects.get(project);
            if (old == null) {
                added.add(project);
            } else if (!old.equals(values)) {
                changed.add(new ReleaseChanges.ProjectChange(project, differences(old, values)));
            }
        });
        List<String> removed = before.projects.keySet().stream()
                .filter(p -> !now.projects.containsKey(p))
                .toList();
        Map<String, String> oldFiles = before.files();
        Map<String, String> newFiles = now.files();
        return new ReleaseChanges(
                previous.getFileName().toString(),
                added,
                removed,
                changed,
                newFiles.keySet().stream().filter(f -> !oldFiles.containsKey(f)).toList(),
                newFiles.entrySet().stream()
                        .filter(e -> oldFiles.containsKey(e.getKey())
                                && !oldFiles.get(e.getKey()).equals(e.getValue()))
                        .map(Map.Entry::getKey)
                        .toList(),
                oldFiles.keySet().stream().filter(f -> !newFiles.containsKey(f)).toList());
    }

    private static List<ReleaseChanges.ValueChange> differences(
            Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Set<String> properties = new TreeSet<>(before.keySet());
        properties.addAll(after.keySet());
        List<ReleaseChanges.ValueChange> out = new ArrayList<>();
        for (String p : properties) {
            Set<String> was = before.getOrDefault(p, Set.of());
            Set<String> is = after.getOrDefault(p, Set.of());
            if (!was.equals(is)) {
                out.add(new ReleaseChanges.ValueChange(p, List.copyOf(was), List.copyOf(is)));
            }
        }
        return out;
    }

    /**
     * A literal as N-Triples writes it: Jena's own formatter ({@code NodeFmtLib}) goes through a writer per term,
     * which costs more than the parse; the escapes N-Triples needs in a string are those of a JSON string.
     */
    static String term(Node literal) {
        if (!literal.isLiteral()) {
            return NodeFmtLib.strNT(literal);
        }
        // A JSON string literal is also an N-Triples one: quotes, backslashes and controls escaped alike.
        StringBuilder b = JsonText.quote(new StringBuilder(), literal.getLiteralLexicalForm());
        String language = literal.getLiteralLanguage();
        if (!language.isEmpty()) {
            return b.append('@').append(language).toString();
        }
        String type = literal.getLiteralDatatypeURI();
        return XSD_STRING.equals(type)
                ? b.toString()
                : b.append("^^<").append(type).append('>').toString();
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** The project and page statements of one release: values by property by project, and each page's file. */
    private final class Statements extends StreamRDFBase {
        final Map<String, Map<String, Set<String>>> projects = new TreeMap<>();
        final Map<String, String> fileOf = new HashMap<>();
        final Map<String, String> shaOf = new HashMap<>();
        /** Properties and the common objects, shared rather than held once per statement. */
        final Map<String, String> shared = new HashMap<>();

        @Override
        public void triple(Triple t) {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            String subject = s.getURI();
            String predicate = t.getPredicate().getURI();
            if (subject.startsWith(projectSpace)) {
                if (predicate.equals(PROV.wasDerivedFrom.getURI())) {
                    return;
                }
                Node o = t.getObject();
                String object = o.isURI() ? shared.computeIfAbsent(o.getURI(), k -> "<" + k + ">") : term(o);
                this.projects
                        .computeIfAbsent(subject, k -> new TreeMap<>())
                        .computeIfAbsent(shared.computeIfAbsent(predicate, k -> k), k -> new TreeSet<>())
                        .add(object);
            } else if (subject.startsWith(pageSpace)) {
                if (predicate.equals(IDF.file.getURI())) {
                    fileOf.put(subject, t.getObject().getLiteralLexicalForm());
                } else if (predicate.equals(IDF.sha256.getURI())) {
                    shaOf.put(subject, t.getObject().getLiteralLexicalForm());
                }
            }
        }

        /** Each page's checksum by its file, sorted by file. */
        Map<String, String> files() {
            Map<String, String> out = new TreeMap<>();
            fileOf.forEach((page, file) -> out.put(file, shaOf.getOrDefault(page, page)));
            return out;
        }
    }

    private Statements readUnchecked(Path release) {
        try {
            return read(release);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our own dump, written by a build: its terms were checked when they were made, so the parser does not again. */
    private Statements read(Path release) throws IOException {
        Statements sink = new Statements();
        Path file = release.resolve(ReleaseLayout.DUMPS).resolve(Dump.NTRIPLES.fileName());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in)
                    .lang(Lang.NTRIPLES)
                    .checking(false)
                    .resolveURIs(false)
                    .parse(sink);
        }
        return sink;
    }
}
