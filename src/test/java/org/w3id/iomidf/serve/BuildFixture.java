package org.w3id.iomidf.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.iomidf.fixture.SharedFolder;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.ReleaseLayout;
import org.w3id.iomidf.release.ReleaseManifest;
import org.w3id.iomidf.serve.live.ExampleQueries;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.store.SearchIndex;

/**
 * Makes a build directory in the layout {@code build --out DIR} produces (releases/r1/{tdb2,dumps,report},
 * release.json written last, the {@code current} symlink and the top-level symlinks through it), loaded with
 * the hand-written {@code serve/fixture.ttl}, the code lists and the example queries, with its text index.
 */
public final class BuildFixture {

    public static final String BASE = "https://example.org/idf/";

    private static final SharedFolder SHARED = new SharedFolder("fixture", BuildFixture::create);

    private BuildFixture() {}

    /** A build directory with the fixture data, made once per test JVM for the classes that only read it. */
    static Path shared() {
        return SHARED.get();
    }

    /** The fixture data, as parsed against {@link #BASE}. */
    static Model data() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(BuildFixture.class.getResourceAsStream("/serve/fixture.ttl"))
                .lang(Lang.TURTLE)
                .base(BASE)
                .parse(m);
        m.add(Site.classpathTurtle("/ontology/codelists.ttl", BASE));
        m.add(Site.classpathTurtle(ExampleQueries.RESOURCE, BASE));
        return m;
    }

    /** {@code n} subjects {@code urn:test:s0...}, each with {@code urn:test:p "v0"} to {@code "v9"}. */
    static Model numbered(int n) {
        Model m = ModelFactory.createDefaultModel();
        Property p = m.createProperty("urn:test:p");
        for (int i = 0; i < n; i++) {
            m.createResource("urn:test:s" + i).addProperty(p, "v" + (i % 10));
        }
        return m;
    }

    public static Path create(Path dir) throws IOException {
        return create(dir, data());
    }

    static Path create(Path dir, Model data) throws IOException {
        Path release = dir.resolve(ReleaseLayout.RELEASES).resolve("r1");
        for (String sub : ReleaseLayout.LINKS.toArray(String[]::new)) {
            Files.createDirectories(release.resolve(sub));
        }
        Dataset ds =
                TDB2Factory.connectDataset(release.resolve(ReleaseLayout.TDB2).toString());
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(data));
        TDBInternal.expel(ds.asDatasetGraph());
        SearchIndex.build(data.getGraph(), release.resolve(ReleaseLayout.TEXT));
        Path dumps = release.resolve(ReleaseLayout.DUMPS);
        try (OutputStream out = Files.newOutputStream(dumps.resolve(Dump.TURTLE.fileName()))) {
            RDFDataMgr.write(out, data, Lang.TURTLE);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dumps.resolve(Dump.NTRIPLES.fileName())))) {
            RDFDataMgr.write(out, data, Lang.NTRIPLES);
        }
        Files.writeString(
                dumps.resolve(Dump.DESCRIPTION.fileName()),
                "@prefix void: <http://rdfs.org/ns/void#> .\n<" + BASE + "dataset> a void:Dataset ; void:uriSpace \""
                        + BASE + "\" .\n");
        for (String f : new String[] {Dump.TURTLE.fileName(), Dump.NTRIPLES.fileName()}) {
            Files.writeString(dumps.resolve(f + ".sha256"), sha256(dumps.resolve(f)) + "  " + f + "\n");
        }
        new ReleaseManifest("r1", null, BASE, 0, 0, 0, 0, 0, data.size(), -1).write(release);
        Files.createSymbolicLink(dir.resolve(ReleaseLayout.CURRENT), Path.of(ReleaseLayout.RELEASES, "r1"));
        for (String sub : ReleaseLayout.LINKS.toArray(String[]::new)) {
            Files.createSymbolicLink(dir.resolve(sub), Path.of(ReleaseLayout.CURRENT, sub));
        }
        return dir;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
