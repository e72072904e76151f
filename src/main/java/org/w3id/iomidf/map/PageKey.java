package org.w3id.iomidf.map;

import java.util.Objects;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectPage;

/**
 * The little {@link ProjectGrouping} needs to know of a page: enough to group a million pages in memory without
 * holding their descriptions. {@code primaId} and {@code projectId} are null when the page has none.
 */
public record PageKey(String path, PageLanguage lang, String primaId, String projectId, String title) {
    public PageKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        primaId = blankToNull(primaId);
        projectId = blankToNull(projectId);
    }

    public static PageKey of(ProjectPage page) {
        return new PageKey(
                page.source().path(),
                page.lang(),
                page.values().primaId(),
                page.values().projectId(),
                page.title());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
