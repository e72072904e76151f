package org.w3id.iomidf.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/**
 * At the scale of the benchmark's largest runs, no two drawn projects share what the publisher groups pages by
 * (a Prima ID, a project ID, or for a page that shows neither, its title), so a page's truth names the project
 * the publisher will see; once the ID formats run out, projects go without them.
 */
@Tag("slow")
class ProjectDrawTest {
    private static final int PROJECTS = 300_000;
    private static final Pattern PRIMA = Pattern.compile("[A-Z]{2}(10|99)P\\d{4}");

    @Test
    void noTwoProjectsShareAnIdentifierOrAnUnidentifiedTitle() {
        Gazetteer gazetteer = Gazetteer.load();
        ProjectDraw draw = new ProjectDraw(new SplittableRandom(7), CodeLists.load(), gazetteer.countries());
        Map<String, Integer> seen = new HashMap<>();
        int withoutIds = 0;
        int primaIds = 0;
        for (int i = 0; i < PROJECTS; i++) {
            Project p = draw.next();
            if (p.primaId() != null) {
                primaIds++;
                assertTrue(PRIMA.matcher(p.primaId()).matches(), p.primaId());
                assertEquals(null, seen.put("prima " + p.primaId(), i), "Prima ID drawn twice: " + p.primaId());
            }
            if (p.projectId() != null) {
                assertEquals(null, seen.put("id " + p.projectId(), i), "project ID drawn twice: " + p.projectId());
            }
            if (p.primaId() == null && p.projectId() == null) {
                withoutIds++;
            }
            for (PageLanguage lang : PageLanguage.values()) {
                List<String> names = p.countries().stream()
                        .limit(3)
                        .map(c -> c.names().get(lang))
                        .toList();
                String title = Prose.title(p.title(), lang, names);
                assertEquals(null, seen.put("title " + title, i), "title drawn twice: " + title);
            }
        }
        assertTrue(withoutIds > 0 && withoutIds < PROJECTS / 5, "projects without identifiers: " + withoutIds);
        assertTrue(primaIds > PROJECTS / 2, "projects with a Prima ID: " + primaIds);
    }
}
