package org.w3id.iomidf.serve.downloads;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.iomidf.release.DumpFile;
import org.w3id.iomidf.release.ReleaseChanges;
import org.w3id.iomidf.release.ReleaseHistory;
import org.w3id.iomidf.release.ReleaseHistory.KeptRelease;
import org.w3id.iomidf.serve.http.Html;

/**
 * The pages of the kept releases, in the reader's language: the list of releases, one release's page (its facts,
 * files with checksums, description, what changed in a line), its "What changed" page, and a project's history
 * as a section of the project's page.
 */
final class ReleasePages {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String base;
    private final String lang;
    private final ResourceBundle words;

    /** @param base the base IRI of the live release's resources, whose paths the pages link to */
    ReleasePages(String base, String lang) {
        this.base = base;
        this.lang = lang;
        this.words = Html.words(lang);
    }

    /** {@code /release/}: every kept release, newest first, the live one marked. */
    String list(List<KeptRelease> releases, String live) {
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("releases")))
                .append("</h1><p>")
                .append(Html.esc(words.getString("releases.intro")))
                .append("</p>")
                .append(Html.tableHead(
                        words.getString("releases.version"),
                        words.getString("releases.id"),
                        words.getString("releases.date"),
                        words.getString("releases.projects"),
                        words.getString("releases.triples"),
                        words.getString("releases.changes")));
        for (KeptRelease r : releases) {
            String home = "/release/" + Html.url(r.id()) + "/";
            b.append("<tr><td>")
                    .append(Html.esc(r.manifest().versionLabel()))
                    .append(
                            r.id().equals(live)
                                    ? " <strong>(" + Html.esc(words.getString("releases.live")) + ")</strong>"
                                    : "")
                    .append("</td><td>")
                    .append(Html.link(home, r.id()))
                    .append("</td><td>")
                    .append(Html.esc(when(r.manifest().started())))
                    .append("</td><td>")
                    .append(r.manifest().projectsPublished())
                    .append("</td><td>")
                    .append(r.manifest().triples())
                    .append("</td><td>")
                    .append(Html.link(home + "changes", counts(r.changes())))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        return Html.page(lang, words.getString("releases"), "", b.toString());
    }

    /** {@code /release/<id>/}: what the release is, its files with their checksums, its description. */
    String release(KeptRelease r, List<DumpFile> files) {
        String home = "/release/" + Html.url(r.id()) + "/";
        String title = MessageFormat.format(
                words.getString("release.title"), r.manifest().versionLabel());
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(title))
                .append("</h1><p class=\"iri\"><code>")
                .append(Html.esc(base + "release/" + r.id()))
                .append("</code></p><table class=\"facts\">")
                .append(row(words.getString("releases.id"), Html.esc(r.id())))
                .append(row(
                        words.getString("releases.date"),
                        Html.esc(when(r.manifest().started()))))
                .append(row(
                        words.getString("releases.projects"),
                        String.valueOf(r.manifest().projectsPublished())))
                .append(row(
                        words.getString("releases.triples"),
                        String.valueOf(r.manifest().triples())));
        if (r.manifest().previous() != null) {
            b.append(row(
                    words.getString("release.previous"),
                    Html.link(
                            "/release/" + Html.url(r.manifest().previous()) + "/",
                            r.manifest().previous())));
        }
        b.append(row(words.getString("releases.changes"), Html.link(home + "changes", counts(r.changes()))))
                .append("</table><h2>")
                .append(Html.esc(words.getString("release.files")))
                .append("</h2>")
                .append(Html.tableHead(words.getString("dumps.file"), words.getString("dumps.size"), "SHA-256"));
        for (DumpFile f : files) {
            b.append("<tr><td>")
                    .append(DumpIndex.download(home + "dumps/", f.name()))
                    .append("</td><td>")
                    .append(Html.esc(DumpIndex.readable(f.bytes(), lang)))
                    .append("</td><td><code>")
                    .append(f.sha256() == null ? "" : Html.esc(f.sha256()))
                    .append("</code></td></tr>");
        }
        b.append("</tbody></table><p>")
                .append(Html.link(home + "description", words.getString("release.description")))
                .append("</p><p>")
                .append(Html.link("/release/", words.getString("release.all")))
                .append("</p>");
        return Html.page(lang, title, "", b.toString());
    }

    /** {@code /release/<id>/changes}: every project and page the release added, changed or removed. */
    String changes(KeptRelease r) {
        String title = MessageFormat.format(
                words.getString("changes.title"), r.manifest().versionLabel());
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1>");
        ReleaseChanges c = r.changes();
        if (c == null) {
            b.append("<p>").append(Html.esc(words.getString("changes.unknown"))).append("</p>");
            return Html.page(lang, title, "", b.toString());
        }
        b.append("<p>")
                .append(
                        c.previous() == null
                                ? Html.esc(words.getString("changes.first"))
                                : Html.esc(MessageFormat.format(words.getString("changes.since"), "\u0000"))
                                        .replace(
                                                "\u0000",
                                                Html.link("/release/" + Html.url(c.previous()) + "/", c.previous())))
                .append(" ")
                .append(Html.esc(counts(c)))
                .append("</p>");
        projects(b, "changes.projectsAdded", c.projectsAdded(), true);
        projects(b, "changes.projectsRemoved", c.projectsRemoved(), false);
        b.append("<h2>")
                .append(Html.esc(words.getString("changes.projectsChanged")))
                .append(" (")
                .append(c.projectsChanged().size())
                .append(")</h2>");
        for (ReleaseChanges.ProjectChange p : c.projectsChanged()) {
            b.append("<h3>").append(resource(p.project(), true)).append("</h3>").append(values(p.values()));
        }
        files(b, "changes.pagesAdded", c.pagesAdded());
        files(b, "changes.pagesChanged", c.pagesChanged());
        files(b, "changes.pagesRemoved", c.pagesRemoved());
        return Html.page(lang, title, "", b.toString());
    }

    /** The history section of a project's page: first published in, changed in (with what), removed in. */
    String history(List<ReleaseHistory.Step> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>")
                .append(Html.esc(words.getString("history")))
                .append("</h2><ul class=\"history\">");
        for (ReleaseHistory.Step s : steps) {
            String key =
                    switch (s.event()) {
                        case ADDED -> "history.added";
                        case CHANGED -> "history.changed";
                        case REMOVED -> "history.removed";
                    };
            String release = "\u0000";
            b.append("<li>")
                    .append(Html.esc(MessageFormat.format(
                                    words.getString(key),
                                    release,
                                    when(s.release().manifest().started())))
                            .replace(
                                    release,
                                    Html.link(
                                            "/release/" + Html.url(s.release().id()) + "/changes",
                                            s.release().manifest().versionLabel())));
            if (!s.values().isEmpty()) {
                b.append(values(s.values()));
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private String values(List<ReleaseChanges.ValueChange> values) {
        StringBuilder b = new StringBuilder(Html.tableHead(
                words.getString("changes.property"),
                words.getString("changes.before"),
                words.getString("changes.after")));
        for (ReleaseChanges.ValueChange v : values) {
            b.append("<tr><td>")
                    .append(resource(v.property(), false))
                    .append("</td><td>")
                    .append(terms(v.before()))
                    .append("</td><td>")
                    .append(terms(v.after()))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private String terms(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String t : terms) {
            b.append("<div>").append(term(t)).append("</div>");
        }
        return b.toString();
    }

    /** An N-Triples term as a reader reads it: a literal's text (and language), an IRI as a link where it is ours. */
    private String term(String nt) {
        Node n;
        try {
            n = NodeFactoryExtra.parseNode(nt);
        } catch (RiotException e) {
            return Html.esc(nt);
        }
        if (n.isURI()) {
            return resource(n.getURI(), true);
        }
        if (n.isLiteral()) {
            String language = n.getLiteralLanguage();
            return Html.esc(n.getLiteralLexicalForm())
                    + (language.isEmpty() ? "" : " <small>@" + Html.esc(language) + "</small>");
        }
        return Html.esc(nt);
    }

    /** A link to a resource's page when it is one of ours; its IRI shortened to its local name otherwise. */
    private String resource(String iri, boolean linked) {
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        if (linked && iri.startsWith(base)) {
            return Html.link("/" + iri.substring(base.length()), local);
        }
        return "<span title=\"" + Html.esc(iri) + "\">" + Html.esc(local) + "</span>";
    }

    private void projects(StringBuilder b, String heading, List<String> projects, boolean linked) {
        b.append("<h2>")
                .append(Html.esc(words.getString(heading)))
                .append(" (")
                .append(projects.size())
                .append(")</h2><ul>");
        projects.forEach(p -> b.append("<li>").append(resource(p, linked)).append("</li>"));
        b.append("</ul>");
    }

    private void files(StringBuilder b, String heading, List<String> files) {
        b.append("<h2>")
                .append(Html.esc(words.getString(heading)))
                .append(" (")
                .append(files.size())
                .append(")</h2><ul>");
        files.forEach(f -> b.append("<li><code>").append(Html.esc(f)).append("</code></li>"));
        b.append("</ul>");
    }

    /** The change counts in the reader's language. */
    private String counts(ReleaseChanges c) {
        if (c == null) {
            return words.getString("changes.unknown");
        }
        if (c.previous() == null) {
            return words.getString("changes.first");
        }
        return MessageFormat.format(
                words.getString("changes.counts"),
                c.projectsAdded().size(),
                c.projectsRemoved().size(),
                c.projectsChanged().size(),
                c.pagesAdded().size(),
                c.pagesChanged().size(),
                c.pagesRemoved().size());
    }

    private static String row(String label, String html) {
        return "<tr><th>" + Html.esc(label) + "</th><td>" + html + "</td></tr>";
    }

    private static String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }
}
