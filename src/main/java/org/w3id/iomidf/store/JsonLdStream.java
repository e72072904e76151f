package org.w3id.iomidf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.record.JsonText;

/**
 * Writes JSON-LD as triples arrive, one node object per subject in a top-level {@code @graph}, so the dump never
 * needs the whole graph in memory. A context comes first, made of the prefixes the stream announces and a short
 * term for each property ({@link PrefixTable#terms}): keys read {@code "title"}, {@code "budgetUSD"}, types
 * {@code "idf:Project"}; node and value IRIs are written in full. Triples of one subject should arrive together; a subject
 * met again later gets a second node object, which JSON-LD processors merge. Output follows input order only, so
 * the same stream gives the same bytes.
 */
final class JsonLdStream extends StreamRDFBase {
    private final Writer out;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, String> keys = new java.util.HashMap<>();
    private boolean started;
    private Node subject;
    private final Map<Node, List<Node>> values = new LinkedHashMap<>();
    private boolean first = true;

    JsonLdStream(Writer out) {
        this.out = out;
    }

    @Override
    public void prefix(String prefix, String iri) {
        if (!started) {
            prefixes.put(prefix, iri);
        }
    }

    /** The context and the opening of the graph, once the prefixes are known (at the first triple). */
    private void begin() {
        if (started) {
            return;
        }
        started = true;
        Map<String, String> terms = PrefixTable.terms(prefixes);
        terms.forEach((term, iri) -> keys.put(iri, term));
        StringBuilder context = new StringBuilder("{\n  \"@context\": {");
        boolean firstEntry = true;
        for (Map<String, String> table : List.of(prefixes, terms)) {
            for (Map.Entry<String, String> e : table.entrySet()) {
                context.append(firstEntry ? "\n    " : ",\n    ")
                        .append(quoted(e.getKey()))
                        .append(": ")
                        .append(quoted(e.getValue()));
                firstEntry = false;
            }
        }
        write(context.append("\n  },\n  \"@graph\": [").toString());
    }

    /** A term, else a prefixed name, else the IRI itself; worked out once per IRI (a dump has few properties). */
    private String compact(String iri) {
        return keys.computeIfAbsent(iri, this::prefixed);
    }

    private String prefixed(String iri) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String local =
                    iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                return p.getKey() + ":" + local;
            }
        }
        return iri;
    }

    @Override
    public void triple(Triple t) {
        begin();
        if (!t.getSubject().equals(subject)) {
            flush();
            subject = t.getSubject();
        }
        values.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
    }

    @Override
    public void finish() {
        begin();
        flush();
        write("\n  ]\n}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD", e);
        }
    }

    private void flush() {
        if (subject == null) {
            return;
        }
        StringBuilder node = new StringBuilder(first ? "\n    {" : ",\n    {");
        first = false;
        node.append("\"@id\": ").append(quoted(id(subject)));
        List<Node> types = values.remove(RDF.type.asNode());
        if (types != null) {
            node.append(", \"@type\": [")
                    .append(String.join(
                            ", ",
                            types.stream()
                                    .map(n -> quoted(n.isURI() ? compact(n.getURI()) : id(n)))
                                    .toList()))
                    .append(']');
        }
        values.forEach((p, objects) -> node.append(",\n      ")
                .append(quoted(compact(p.getURI())))
                .append(": [")
                .append(String.join(
                        ", ", objects.stream().map(JsonLdStream::value).toList()))
                .append(']'));
        node.append('}');
        write(node.toString());
        values.clear();
        subject = null;
    }

    private static String value(Node o) {
        if (!o.isLiteral()) {
            return "{\"@id\": " + quoted(id(o)) + "}";
        }
        String v = "{\"@value\": " + quoted(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return v + ", \"@language\": " + quoted(o.getLiteralLanguage()) + "}";
        }
        if (XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
            return v + "}";
        }
        return v + ", \"@type\": " + quoted(o.getLiteralDatatypeURI()) + "}";
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel() : n.getURI();
    }

    static String quoted(String s) {
        return JsonText.quoted(s);
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD", e);
        }
    }
}
