package org.w3id.iomidf.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;

/**
 * The SHACL shapes of {@code /shapes/idf-shapes.ttl}, read from the classpath and compiled once. The file's
 * relative IRIs (the code-list schemes, the dataset) are resolved against the base IRI, as the code lists are, so
 * the shapes name the very schemes the data links to. Compiling is the costly part: load once per build and share.
 *
 * <pre>{@code
 * IdfShapes shapes = IdfShapes.load(iris.base());
 * }</pre>
 */
public final class IdfShapes {
    static final String RESOURCE = "/shapes/idf-shapes.ttl";
    private static final String PAGE_CLAIMS = "https://w3id.org/iom-idf/shapes#PageClaims";

    private final String base;
    private final Graph graph;
    private final Shapes shapes;

    private IdfShapes(String base, Graph graph) {
        this.base = base;
        this.graph = graph;
        this.shapes = Shapes.parse(graph);
    }

    /** @param base the base IRI of instance data, ending with {@code /} */
    public static IdfShapes load(String base) {
        Objects.requireNonNull(base, "base");
        try (InputStream in = IdfShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shapes not on the classpath: " + RESOURCE);
            }
            return new IdfShapes(
                    base, RDFParser.source(in).base(base).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Shapes from a Turtle file, resolved against {@code base}: for checks stricter than the published ones. */
    public static IdfShapes read(Path file, String base) {
        Objects.requireNonNull(base, "base");
        return new IdfShapes(
                base, RDFParser.source(file).base(base).lang(Lang.TURTLE).toGraph());
    }

    public String base() {
        return base;
    }

    /** The shapes as triples (for publishing or inspection); do not modify. */
    public Graph graph() {
        return graph;
    }

    Shapes compiled() {
        return shapes;
    }

    /**
     * The shape of what one page says about its project (no target: applied to each page's graph); empty for
     * shapes that say nothing about page graphs.
     */
    Optional<Shape> pageClaims() {
        return Optional.ofNullable(shapes.getShape(NodeFactory.createURI(PAGE_CLAIMS)));
    }
}
