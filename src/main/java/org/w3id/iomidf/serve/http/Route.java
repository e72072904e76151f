package org.w3id.iomidf.serve.http;

import java.util.List;

/**
 * The server's one route table: every address it answers, with the servlet path specs it is registered at. The
 * server registers each route's servlet at these specs, and nothing below decides routes again.
 *
 * <p>Specs follow the servlet rules: {@code ""} is the root alone, a spec ending in {@code /*} a folder, any
 * other an exact path; {@code /*} (the resources) takes what no other spec matches.
 */
public enum Route {
    /** The SPARQL Protocol endpoint (Fuseki's query operation behind the server's filter). */
    SPARQL("/sparql"),
    /** The dumps and their checksums. */
    DUMPS("/dumps/*"),
    /** The kept releases: their list, each one's page, changes, description and files. */
    RELEASES("/release/*", "/release"),
    /** The build's description of the dataset, with the server's own addresses. */
    DESCRIPTION("/.well-known/void"),
    /** Whether the server answers, from which release, and whether it is warm. */
    HEALTH("/health"),
    /** Files of the query editor and of the pages (scripts, styles, map data) and the site's icon, from the jar. */
    ASSETS("/editor/*", "/assets/*", "/favicon.ico", "/favicon.svg"),
    /** The landing page. */
    LANDING(""),
    /** The query editor. */
    EDITOR("/query"),
    /** Full-text search. */
    SEARCH("/search"),
    /** The project list with its facets. */
    PROJECTS("/project/", "/project"),
    /** Every IRI minted under the base, and the ontology at its namespace. */
    RESOURCES("/*");

    private final List<String> specs;

    Route(String... specs) {
        this.specs = List.of(specs);
    }

    /** The servlet path specs the route is registered at. */
    public List<String> specs() {
        return specs;
    }
}
