package org.w3id.iomidf.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectPage;

/**
 * The little {@link ProjectGrouping} needs to know of a page: enough to group a million pages in memory without
 * holding their descriptions. {@code primaId} and {@code projectId} are null when the page has none;
 * {@code addresses} are the page's own web address and those of the language versions it links (empty when none
 * is known).
 */
public record PageKey(
        String path, PageLanguage lang, String primaId, String projectId, String title, List<String> addresses) {

    /** A page whose web address and language versions are not known. */
    public PageKey(String path, PageLanguage lang, String primaId, String projectId, String title) {
        this(path, lang, primaId, projectId, title, List.of());
    }

    public PageKey {
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        primaId = blankToNull(primaId);
        projectId = blankToNull(projectId);
    }

    public static PageKey of(ProjectPage page) {
        List<String> addresses = new ArrayList<>();
        if (page.source().url() != null) {
            addresses.add(page.source().url());
        }
        addresses.addAll(page.source().alternates());
        return new PageKey(
                page.source().path(),
                page.lang(),
                page.values().primaId(),
                page.values().projectId(),
                page.title(),
                addresses);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
