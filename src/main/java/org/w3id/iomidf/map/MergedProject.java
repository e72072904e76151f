package org.w3id.iomidf.map;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;

/**
 * One project as published: its key, the value chosen for each field, one title and description per language
 * (the description's paragraphs joined with {@code \n}), every page it was merged from (in precedence order,
 * each keeping its own values for provenance), and the conflicts found between those pages.
 */
public record MergedProject(
        String key,
        ProjectValues values,
        Map<PageLanguage, String> titles,
        Map<PageLanguage, String> descriptions,
        List<ProjectPage> pages,
        List<Problem> problems) {

    public MergedProject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(values, "values");
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a merged project has at least one page: " + key);
        }
    }
}
