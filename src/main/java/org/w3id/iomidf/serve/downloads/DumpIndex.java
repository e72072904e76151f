package org.w3id.iomidf.serve.downloads;

import java.util.List;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.release.Release;

/** The HTML listing of {@code /dumps/}: each file with its size, media type and SHA-256. */
final class DumpIndex {

    private DumpIndex() {}

    static String render(Release release, List<Dumps.Dump> dumps) {
        StringBuilder b = new StringBuilder("<h1>Downloads</h1><p>Release <code>")
                .append(Html.esc(release.id()))
                .append("</code>. Check a file with <code>sha256sum -c NAME.sha256"
                        + "</code>.</p><table><tr><th>file</th><th>bytes</th><th>type</th><th>SHA-256</th></tr>");
        for (Dumps.Dump d : dumps) {
            b.append("<tr><td>")
                    .append(Html.link(d.name(), d.name()))
                    .append("</td><td>")
                    .append(d.size())
                    .append("</td><td>")
                    .append(Html.esc(d.mediaType()))
                    .append("</td><td><code>")
                    .append(d.sha256() == null ? "" : Html.link(d.name() + ".sha256", d.sha256()))
                    .append("</code></td></tr>");
        }
        b.append("</table><p>")
                .append(Html.link("/.well-known/void", "VoID / DCAT description"))
                .append("</p>");
        return Html.page("en", "Downloads", "", b.toString());
    }
}
