package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.w3id.iomidf.serve.http.Route;
import org.w3id.iomidf.serve.live.Site;

/**
 * What people read: the landing page, the query editor, search, the project list and every resource's page (with
 * its RDF by content negotiation), one servlet per {@link Route} of this room, made for one release.
 *
 * <pre>{@code
 * Map<Route, HttpServlet> pages = Pages.servlets(site, downloads::describe, downloads::history);
 * }</pre>
 */
public final class Pages {

    private Pages() {}

    /**
     * @param description the description of the dataset, shown on the dataset's own page
     * @param history     a resource's history across releases as a section of its page, by IRI and language
     */
    public static Map<Route, HttpServlet> servlets(
            Site site, Supplier<Model> description, java.util.function.BinaryOperator<String> history) {
        return new ResourceServlet(site, description, history).routes();
    }
}
