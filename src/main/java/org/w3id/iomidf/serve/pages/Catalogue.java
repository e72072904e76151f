package org.w3id.iomidf.serve.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.live.TermNames;

/**
 * What browsing needs to know of every project of a release, held in memory so that a list with its facet counts
 * is worked out in milliseconds: its IRI, years, budget, titles, and its values for each {@link Facet} (codes), with
 * the names of those values per language. Read once per release, on first use, with one query per facet.
 */
final class Catalogue {
    private static final String PROJECTS =
            """
            SELECT ?p ?start ?end ?budget WHERE { ?p a idf:Project
              OPTIONAL { ?p idf:startYear ?start } OPTIONAL { ?p idf:endYear ?end }
              OPTIONAL { ?p idf:budgetUSD ?budget } }""";
    private static final String TITLES = "SELECT ?p ?t WHERE { ?p a idf:Project ; dcterms:title ?t }";
    private static final String M49 = "SELECT ?a3 ?m49 WHERE { ?c a idf:Country ; idf:alpha3 ?a3 ; idf:m49 ?m49 }";

    /** One project: IRI, first and last year (0 when unknown), budget in USD (0 when unknown), codes per facet. */
    record Project(String iri, int start, int end, double budget, Map<Facet, Set<String>> values) {
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
    private final Map<String, String> m49;
    private final Map<String, List<Literal>> titles;

    private Catalogue(
            List<Project> projects,
            Map<Facet, Map<String, List<Literal>>> names,
            Map<String, String> m49,
            Map<String, List<Literal>> titles) {
        this.projects = projects;
        this.names = names;
        this.m49 = m49;
        this.titles = titles;
    }

    /** The catalogue of {@code site}'s release, read on first use and kept. */
    static Supplier<Catalogue> of(Site site) {
        return new Supplier<>() {
            private volatile Catalogue loaded;

            @Override
            public Catalogue get() {
                Catalogue c = loaded;
                if (c == null) {
                    synchronized (this) {
                        c = loaded;
                        if (c == null) {
                            c = load(site);
                            loaded = c;
                        }
                    }
                }
                return c;
            }
        };
    }

    static Catalogue load(Site site) {
        Map<String, int[]> years = new HashMap<>();
        Map<String, Double> budgets = new HashMap<>();
        List<String> order = new ArrayList<>();
        site.select(PROJECTS, qe -> {
            qe.execSelect().forEachRemaining(s -> {
                String iri = s.getResource("p").getURI();
                if (years.putIfAbsent(iri, new int[] {year(s, "start"), year(s, "end")}) == null) {
                    order.add(iri);
                    budgets.put(
                            iri, s.contains("budget") ? s.getLiteral("budget").getDouble() : 0.0);
                }
            });
            return null;
        });
        Map<String, List<Literal>> titles = new HashMap<>();
        site.select(TITLES, qe -> {
            qe.execSelect().forEachRemaining(s -> titles.computeIfAbsent(
                            s.getResource("p").getURI(), k -> new ArrayList<>(2))
                    .add(s.getLiteral("t")));
            return null;
        });
        Map<String, String> m49 = new HashMap<>();
        site.select(M49, qe -> {
            qe.execSelect()
                    .forEachRemaining(s -> m49.put(
                            s.getLiteral("a3").getLexicalForm(),
                            s.getLiteral("m49").getLexicalForm()));
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
            projects.add(new Project(iri, y[0], y[1], budgets.get(iri), values.getOrDefault(iri, Map.of())));
        }
        projects.sort((a, b) -> a.start() != b.start()
                ? Integer.compare(b.start(), a.start())
                : a.iri().compareTo(b.iri()));
        return new Catalogue(List.copyOf(projects), names, Map.copyOf(m49), titles);
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

    /** How many countries benefit from at least one project. */
    long beneficiaryCountries() {
        return projects.stream()
                .flatMap(p -> p.values(Facet.COUNTRY).stream())
                .distinct()
                .count();
    }

    /** The name of a facet value in {@code lang}; the code itself when it has none. */
    String name(Facet f, String value, String lang) {
        String name = TermNames.pick(names.get(f).getOrDefault(value, List.of()), lang);
        return name == null ? value : name;
    }

    /** The title of a project in {@code lang} (else as {@link Labels#pick} falls back); its IRI if it has none. */
    String title(String iri, String lang) {
        String title = TermNames.pick(titles.getOrDefault(iri, List.of()), lang);
        return title == null ? iri : title;
    }

    /** The UN M49 code of a country, by its ISO alpha-3 code; null if unknown. */
    String m49(String alpha3) {
        return m49.get(alpha3);
    }

    /** Whether {@code value} is a value of facet {@code f} somewhere in the data or the reference lists. */
    boolean knows(Facet f, String value) {
        return names.get(f).containsKey(value);
    }
}
