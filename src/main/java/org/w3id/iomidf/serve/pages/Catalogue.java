package org.w3id.iomidf.serve.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.w3id.iomidf.serve.release.Labels;
import org.w3id.iomidf.serve.release.Site;

/**
 * What browsing needs to know of every project of a release, held in memory so that a list with its facet counts
 * is worked out in milliseconds: its IRI, years, and its values for each {@link Facet} (codes), with the names of
 * those values per language. Read once per release, on first use, with one query per facet.
 */
final class Catalogue {
    private static final String PROJECTS =
            """
            SELECT ?p ?start ?end WHERE { ?p a idf:Project
              OPTIONAL { ?p idf:startYear ?start } OPTIONAL { ?p idf:endYear ?end } }""";

    /** One project: IRI, first and last year (0 when unknown), its codes per facet. */
    record Project(String iri, int start, int end, Map<Facet, Set<String>> values) {
        Set<String> values(Facet f) {
            return values.getOrDefault(f, Set.of());
        }

        /** Whether the project runs in some year from {@code from} to {@code to} (0: no bound). */
        boolean within(int from, int to) {
            if (from == 0 && to == 0) {
                return true;
            }
            if (start == 0) {
                return false;
            }
            int last = end == 0 ? start : end;
            return (to == 0 || start <= to) && (from == 0 || last >= from);
        }
    }

    private final List<Project> projects;
    private final Map<Facet, Map<String, List<Literal>>> names;

    private Catalogue(List<Project> projects, Map<Facet, Map<String, List<Literal>>> names) {
        this.projects = projects;
        this.names = names;
    }

    static Catalogue load(Site site) {
        Map<String, int[]> years = new HashMap<>();
        List<String> order = new ArrayList<>();
        site.select(PROJECTS, qe -> {
            qe.execSelect().forEachRemaining(s -> {
                String iri = s.getResource("p").getURI();
                if (years.putIfAbsent(iri, new int[] {year(s, "start"), year(s, "end")}) == null) {
                    order.add(iri);
                }
            });
            return null;
        });
        Map<String, Map<Facet, Set<String>>> values = new HashMap<>();
        Map<Facet, Map<String, List<Literal>>> names = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            site.select("SELECT DISTINCT ?p ?v WHERE { ?p a idf:Project ; " + f.path + " ?v }", qe -> {
                qe.execSelect().forEachRemaining(s -> values.computeIfAbsent(
                                s.getResource("p").getURI(), k -> new EnumMap<>(Facet.class))
                        .computeIfAbsent(f, k -> new LinkedHashSet<>())
                        .add(s.getLiteral("v").getLexicalForm().intern()));
                return null;
            });
            Map<String, List<Literal>> byValue = new HashMap<>();
            site.select("SELECT ?v ?name WHERE { " + f.named(site.base()) + " ; skos:prefLabel ?name }", qe -> {
                qe.execSelect().forEachRemaining(s -> byValue.computeIfAbsent(
                                s.getLiteral("v").getLexicalForm(), k -> new ArrayList<>())
                        .add(s.getLiteral("name")));
                return null;
            });
            names.put(f, byValue);
        }
        List<Project> projects = new ArrayList<>(order.size());
        for (String iri : order) {
            int[] y = years.get(iri);
            projects.add(new Project(iri, y[0], y[1], values.getOrDefault(iri, Map.of())));
        }
        projects.sort((a, b) -> a.start() != b.start()
                ? Integer.compare(b.start(), a.start())
                : a.iri().compareTo(b.iri()));
        return new Catalogue(List.copyOf(projects), names);
    }

    private static int year(QuerySolution s, String var) {
        if (!s.contains(var)) {
            return 0;
        }
        try {
            return Integer.parseInt(s.getLiteral(var).getLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Every project, latest first. */
    List<Project> projects() {
        return projects;
    }

    /** The name of a facet value in {@code lang}; the code itself when it has none. */
    String name(Facet f, String value, String lang) {
        String name = Labels.pick(names.get(f).getOrDefault(value, List.of()), lang);
        return name == null ? value : name;
    }

    /** Whether {@code value} is a value of facet {@code f} somewhere in the data or the reference lists. */
    boolean knows(Facet f, String value) {
        return names.get(f).containsKey(value);
    }
}
