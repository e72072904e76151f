package org.w3id.iomidf.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.IriMinter;

/**
 * The live release of a build directory, as the server sees it: where its database and dumps are, and the base
 * IRI its resources were minted under. A release is complete only when its {@code release.json} exists (the
 * build writes it last), so a half-written build is refused rather than served.
 *
 * <pre>
 * LiveRelease r = LiveRelease.open(Path.of("site"));   // follows site/current
 * r.base();                                     // "https://w3id.org/iom-idf/"
 * </pre>
 *
 * @param dir     the build directory given by the user
 * @param id      the release id (the folder name under {@code releases/})
 * @param home    the release folder itself (symbolic links resolved)
 * @param base    the base IRI of the instance resources, ending in {@code /}
 * @param manifest what its {@code release.json} says
 */
public record LiveRelease(Path dir, String id, Path home, String base, ReleaseManifest manifest) {

    /** The base IRI used when the build does not state one. */
    public static final String DEFAULT_BASE = IriMinter.DEFAULT_BASE;
    /** The response header naming the release an answer came from. */
    public static final String HEADER = "X-Release";

    public LiveRelease {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI must end with / or #: " + base);
        }
    }

    /** The triples in the release's store as the build counted them, or -1 when {@code release.json} lacks it. */
    public long storeTriples() {
        return manifest.storeTriples();
    }

    public Path tdb2() {
        return home.resolve(ReleaseLayout.TDB2);
    }

    /** The full-text index (absent in releases built before it existed). */
    public Path text() {
        return home.resolve(ReleaseLayout.TEXT);
    }

    public Path dumps() {
        return home.resolve(ReleaseLayout.DUMPS);
    }

    /** The files of {@code dumps/} but the checksum files, by name, each with the checksum written beside it. */
    public List<DumpFile> dumpFiles() {
        Path dir = dumps();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".sha256"))
                    .sorted()
                    .map(this::dumpFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The file of {@code dumps/} a request names, or null when there is no such file (or the name leaves it). */
    public Path dumpPath(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        Path p = dumps().resolve(name);
        return Files.isRegularFile(p) ? p : null;
    }

    private DumpFile dumpFile(String name) {
        Path p = dumps().resolve(name);
        try {
            Path sum = dumps().resolve(name + ".sha256");
            String sha = Files.isRegularFile(sum)
                    ? Files.readString(sum, StandardCharsets.UTF_8).strip().split("\\s+")[0]
                    : null;
            String type = Dump.named(name).map(Dump::mediaType).orElse(Dump.servedType(name));
            return new DumpFile(name, type, Files.size(p), sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** The build's description of the dataset ({@code void.ttl}) as it wrote it; empty if the release has none. */
    public Model description() {
        Model m = ModelFactory.createDefaultModel();
        Path file = dumps().resolve(Dump.DESCRIPTION.fileName());
        if (Files.isRegularFile(file)) {
            RDFParser.source(file).lang(Lang.TURTLE).base(base).parse(m);
        }
        return m;
    }

    /**
     * Reads the release that {@code dir/current} points to, or, if there is no {@code current}, the release at
     * {@code dir} itself.
     *
     * @throws BuildDirectoryException if the directory is missing or holds no complete release
     */
    public static LiveRelease open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BuildDirectoryException(dir, "no such directory");
        }
        Path home =
                realPath(Files.exists(dir.resolve(ReleaseLayout.CURRENT)) ? dir.resolve(ReleaseLayout.CURRENT) : dir);
        Path json = home.resolve(ReleaseManifest.FILE);
        if (!Files.isRegularFile(json) && holdsPages(dir)) {
            throw new BuildDirectoryException(
                    dir,
                    "this folder holds pages, not a build: run `java -jar idf-ld.jar build " + dir
                            + " --out site` first, then `java -jar idf-ld.jar serve site`");
        }
        if (!Files.isRegularFile(json)) {
            throw new BuildDirectoryException(
                    dir,
                    "no complete release: " + json + " is missing (run `idf-ld build --out " + dir
                            + "` first, or wait for it to finish)");
        }
        if (!Files.isDirectory(home.resolve(ReleaseLayout.TDB2))) {
            throw new BuildDirectoryException(
                    dir, "the release has no tdb2 database at " + home.resolve(ReleaseLayout.TDB2));
        }
        ReleaseManifest manifest = readManifest(dir, home);
        String id = home.getFileName().toString();
        return new LiveRelease(
                dir,
                id,
                home,
                baseOf(manifest.base(), home.resolve(ReleaseLayout.DUMPS).resolve(Dump.DESCRIPTION.fileName())),
                manifest);
    }

    /** True if page files (.txt, .html, .htm) lie in {@code dir} or its subfolders, two levels down at most. */
    private static boolean holdsPages(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static ReleaseManifest readManifest(Path dir, Path home) {
        try {
            return ReleaseManifest.read(home);
        } catch (IOException e) {
            throw new BuildDirectoryException(dir, e.getMessage(), e);
        }
    }

    /**
     * The release folder itself, not the {@code current} link: the release keeps reading its own files after
     * {@code current} moves on to a newer one.
     */
    private static Path realPath(Path home) {
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home.toAbsolutePath().normalize();
        }
    }

    /** The base IRI: release.json's {@code base}, else the VoID {@code void:uriSpace}, else the default. */
    static String baseOf(String base, Path voidTtl) {
        if (base != null) {
            return base;
        }
        if (Files.isRegularFile(voidTtl)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(voidTtl).lang(Lang.TURTLE).parse(m);
            for (Statement s :
                    m.listStatements(null, VOID.uriSpace, (RDFNode) null).toList()) {
                return s.getString();
            }
        }
        return DEFAULT_BASE;
    }
}
