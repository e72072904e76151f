package org.w3id.iomidf.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First pass over the pages: finds which pages publish the same project, before any page is merged. Pages with
 * the same Prima ID or the same project ID are one project (transitively: an English page with Prima ID and
 * project ID joins a French page that only has the project ID). Pages with neither group with each other by
 * {@link IriMinter#titleKey title key} only; they never join a page that has an identifier, since a title alone
 * cannot tell two projects apart. Pages the site itself links as language versions of each other (a page's
 * {@code <link rel="alternate" hreflang>} naming another page's web address) are one project too, with or without
 * identifiers: the site's own word, where a title could only be guessed from. A group's key is the Prima ID if any page has one, else the project ID, else
 * the title key (of the first page in that order that has one); when a group holds several, the one of the page in
 * English, then French, then Spanish, then first by path is taken (the rule of {@link ProjectMerger}). Memory per page is a few small strings; the
 * descriptions are never held. Usage:
 *
 * <pre>{@code
 * ProjectGrouping grouping = new ProjectGrouping();
 * pages.forEach(p -> grouping.add(PageKey.of(p)));
 * for (ProjectGroup group : grouping.groups()) { ... read group.paths() (or the pages kept at group.added()), merge ... }
 * }</pre>
 */
public final class ProjectGrouping {
    private final List<PageKey> keys = new ArrayList<>();
    private final List<String> titleKeys = new ArrayList<>();
    private int[] parent = new int[1024];
    private final Map<String, Integer> byPrimaId = new HashMap<>();
    private final Map<String, Integer> byProjectId = new HashMap<>();
    private final Map<String, Integer> byTitleKey = new HashMap<>();
    private final Map<String, Integer> byAddress = new HashMap<>();

    /** Adds one page; its description is not needed. */
    public void add(PageKey key) {
        int index = keys.size();
        if (index == parent.length) {
            parent = Arrays.copyOf(parent, index * 2);
        }
        parent[index] = index;
        keys.add(stripTitle(key));
        boolean identified = key.primaId() != null || key.projectId() != null;
        String titleKey = identified ? null : IriMinter.titleKey(key.title());
        titleKeys.add(titleKey);
        joinOn(byPrimaId, key.primaId(), index);
        joinOn(byProjectId, key.projectId(), index);
        joinOn(byTitleKey, titleKey, index);
        key.addresses().forEach(address -> joinOn(byAddress, address, index));
    }

    /** Pages added so far. */
    public int size() {
        return keys.size();
    }

    /** The groups, sorted by key; the paths of each group sorted. */
    public List<ProjectGroup> groups() {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            members.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
        }
        List<ProjectGroup> groups = new ArrayList<>(members.size());
        for (List<Integer> group : members.values()) {
            List<Integer> sorted = group.stream()
                    .sorted(Comparator.comparing(i -> keys.get(i).path()))
                    .toList();
            List<String> paths = sorted.stream().map(i -> keys.get(i).path()).toList();
            groups.add(new ProjectGroup(keyOf(group), paths, sorted));
        }
        groups.sort(Comparator.comparing(ProjectGroup::key));
        return groups;
    }

    private String keyOf(List<Integer> group) {
        List<PageKey> ordered = group.stream().map(keys::get).sorted(PRECEDENCE).toList();
        for (PageKey key : ordered) {
            if (key.primaId() != null) {
                return key.primaId();
            }
        }
        for (PageKey key : ordered) {
            if (key.projectId() != null) {
                return key.projectId();
            }
        }
        return group.stream()
                .sorted(Comparator.comparing(keys::get, PRECEDENCE))
                .map(titleKeys::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }

    private static final Comparator<PageKey> PRECEDENCE =
            Comparator.comparing(PageKey::lang).thenComparing(PageKey::path);

    private void joinOn(Map<String, Integer> index, String value, int page) {
        if (value == null) {
            return;
        }
        Integer first = index.putIfAbsent(value, page);
        if (first != null) {
            parent[root(page)] = root(first);
        }
    }

    private int root(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** The title is only needed for the title key, computed on add; dropping it keeps memory per page small. */
    private static PageKey stripTitle(PageKey key) {
        return new PageKey(key.path(), key.lang(), key.primaId(), key.projectId(), "", List.of());
    }
}
