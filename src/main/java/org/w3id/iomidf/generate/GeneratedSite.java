package org.w3id.iomidf.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * A site written by {@link SiteGenerator}: its folder, how many projects and project pages it publishes, how many
 * projects carry no identifier on any page (only the site's links tie their language versions together), and the
 * paths of the project pages by language, in the order written ({@code /project/<slug>}, {@code /fr/node/<id>},
 * {@code /es/node/<id>}).
 */
public record GeneratedSite(
        Path dir, int projects, int pages, int withoutIds, List<String> en, List<String> fr, List<String> es) {
    public GeneratedSite {
        en = List.copyOf(en);
        fr = List.copyOf(fr);
        es = List.copyOf(es);
    }
}
