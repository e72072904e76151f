import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Writes the records of a release as a generic mapping chain would receive them, already parsed, for the RML
 * peer of the benchmark: {@code pages.csv} (one row per page: its IRI, its project's IRI, file, SHA-256, language,
 * layout and what the page says of the project), {@code beneficiaries.csv} (one row per beneficiary a page names:
 * a country IRI, or the name as written when unresolved) and {@code reference.nt} (the countries, regions and
 * code lists, everything of the default graph that is neither a project nor a page). Read from the release's
 * page graphs and page metadata, so the records are exactly what the pages said. Its time is not measured.
 *
 * <pre>
 * java -cp "jena/*" src/bench/Records.java RELEASE/tdb2 OUT_DIR
 * </pre>
 */
public final class Records {
    private static final String IDF = "https://w3id.org/iom-idf/ontology#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final List<String> COLUMNS = List.of(
            "page",
            "project",
            "file",
            "sha256",
            "language",
            "layout",
            "lang",
            "title",
            "description",
            "primaId",
            "projectId",
            "projectType",
            "projectTypeLabel",
            "status",
            "startYear",
            "endYear",
            "fundingYear",
            "budgetUSD",
            "coverage",
            "idfRegion");

    public static void main(String[] args) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Txn.executeRead(dsg, () -> {
            try (PrintWriter pages =
                            new PrintWriter(Files.newBufferedWriter(out.resolve("pages.csv"), StandardCharsets.UTF_8));
                    PrintWriter beneficiaries = new PrintWriter(
                            Files.newBufferedWriter(out.resolve("beneficiaries.csv"), StandardCharsets.UTF_8))) {
                pages.println(String.join(",", COLUMNS));
                beneficiaries.println("page,project,country,unresolved");
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                for (Node page : graphs) {
                    Map<String, String> row = new HashMap<>();
                    row.put("page", page.getURI());
                    dsg.getDefaultGraph().find(page, Node.ANY, Node.ANY).forEachRemaining(t -> put(row, t));
                    Node project = null;
                    for (Triple t : dsg.getGraph(page).find().toList()) {
                        project = t.getSubject();
                        String p = t.getPredicate().getURI();
                        if (p.equals(IDF + "beneficiary")) {
                            beneficiaries.println(csv(List.of(
                                    page.getURI(),
                                    project.getURI(),
                                    t.getObject().getURI(),
                                    "")));
                        } else if (p.equals(IDF + "unresolvedBeneficiary")) {
                            beneficiaries.println(csv(List.of(
                                    page.getURI(),
                                    project.getURI(),
                                    "",
                                    t.getObject().getLiteralLexicalForm())));
                        } else {
                            put(row, t);
                        }
                    }
                    row.put("project", project == null ? "" : project.getURI());
                    pages.println(csv(
                            COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList()));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Graph reference = GraphFactory.createDefaultGraph();
            Node type = org.apache.jena.vocabulary.RDF.type.asNode();
            java.util.Set<Node> skipped = new java.util.HashSet<>();
            for (String c : List.of("Project", "SourcePage")) {
                dsg.getDefaultGraph()
                        .find(Node.ANY, type, org.apache.jena.graph.NodeFactory.createURI(IDF + c))
                        .forEachRemaining(t -> skipped.add(t.getSubject()));
            }
            dsg.getDefaultGraph().find().forEachRemaining(t -> {
                if (!skipped.contains(t.getSubject())) {
                    reference.add(t);
                }
            });
            try (var o = Files.newOutputStream(out.resolve("reference.nt"))) {
                RDFDataMgr.write(o, reference, RDFFormat.NTRIPLES_UTF8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** One statement of a page as its column: literals by lexical form (texts with their language), IRIs whole. */
    private static void put(Map<String, String> row, Triple t) {
        String p = t.getPredicate().getURI();
        String name =
                p.startsWith(IDF) ? p.substring(IDF.length()) : p.startsWith(DCT) ? p.substring(DCT.length()) : null;
        if (name == null || name.equals("wasGeneratedBy")) {
            return;
        }
        Node o = t.getObject();
        if (name.equals("language")) {
            row.put("language", o.getURI());
        } else if (o.isURI()) {
            row.put(name, o.getURI());
        } else {
            row.put(name, o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                row.put("lang", o.getLiteralLanguage());
            }
        }
    }

    private static String csv(List<String> cells) {
        return cells.stream()
                .map(c -> '"' + c.replace("\"", "\"\"") + '"')
                .collect(java.util.stream.Collectors.joining(","));
    }
}
