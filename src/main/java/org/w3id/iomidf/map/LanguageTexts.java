package org.w3id.iomidf.map;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * The title and description of a merged project per language. In each language the first page in precedence
 * order gives the title, and the description of the first page of that language that has one; a different
 * title on another page of the same language is reported.
 */
record LanguageTexts(Map<PageLanguage, String> titles, Map<PageLanguage, String> descriptions) {

    static LanguageTexts of(List<ProjectPage> ordered, List<Problem> problems) {
        Map<PageLanguage, ProjectPage> titlePages = new EnumMap<>(PageLanguage.class);
        Map<PageLanguage, String> titles = new EnumMap<>(PageLanguage.class);
        Map<PageLanguage, String> descriptions = new EnumMap<>(PageLanguage.class);
        for (ProjectPage page : ordered) {
            ProjectPage chosen = titlePages.putIfAbsent(page.lang(), page);
            if (chosen == null) {
                titles.put(page.lang(), page.title());
            } else if (!sameTitle(chosen.title(), page.title())) {
                problems.add(Problem.warning(
                        page.source().path(),
                        page.lineOf(Field.TITLE),
                        Field.TITLE,
                        page.title(),
                        "two " + page.lang().tag() + " pages of one project give different titles: "
                                + "published '" + chosen.title() + "' from "
                                + chosen.source().path()
                                + " (rule: " + ProjectMerger.RULE + ")"));
            }
            if (!page.description().isEmpty()) {
                descriptions.putIfAbsent(page.lang(), description(page));
            }
        }
        return new LanguageTexts(titles, descriptions);
    }

    /** The description's paragraphs (non-blank lines) joined with a line feed. */
    static String description(ProjectPage page) {
        return String.join("\n", page.description());
    }

    private static boolean sameTitle(String a, String b) {
        return IriMinter.normaliseTitle(a).equals(IriMinter.normaliseTitle(b));
    }
}
