package org.w3id.iomidf.serve.downloads;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.DumpFile;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Html;

/**
 * The HTML listing of {@code /dumps/}, in the reader's language: each file as a link, with its size in readable
 * units, its format, what it holds, its checksum file linked, and the two commands that fetch and verify it.
 */
final class DumpIndex {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private DumpIndex() {}

    /** @param root the server's public address, ending in / */
    static String render(LiveRelease release, List<DumpFile> dumps, String lang, String root) {
        return render(release, dumps, lang, root, "/dumps/", false);
    }

    /**
     * @param folder where the files are served, a path ending in /
     * @param kept whether they are a kept release's (its description is then beside them, at its own address)
     */
    static String render(
            LiveRelease release, List<DumpFile> dumps, String lang, String root, String folder, boolean kept) {
        ResourceBundle words = Html.words(lang);
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("downloads")))
                .append("</h1><p>")
                .append(Html.esc(MessageFormat.format(words.getString("dumps.release"), release.id())))
                .append("</p>")
                .append(Html.tableHead(
                        words.getString("dumps.file"),
                        words.getString("dumps.size"),
                        words.getString("dumps.format"),
                        words.getString("dumps.holds"),
                        "SHA-256"));
        for (DumpFile d : dumps) {
            if (d.name().endsWith(".sha256")) {
                continue;
            }
            b.append("<tr><td>")
                    .append(download(folder, d.name()))
                    .append("</td><td>")
                    .append(Html.esc(readable(d.bytes(), lang)))
                    .append("</td><td>")
                    .append(Html.esc(Format.label(d.mediaType()) + (d.name().endsWith(".gz") ? ", gzip" : "")))
                    .append("</td><td>")
                    .append(Html.esc(holds(words, d.name())))
                    .append("</td><td>")
                    .append(d.sha256() == null ? "" : download(folder, d.name() + ".sha256"))
                    .append("</td></tr>");
        }
        b.append("</tbody></table><h2>")
                .append(Html.esc(words.getString("dumps.verify")))
                .append("</h2><pre><code>curl -fO ")
                .append(Html.esc(root))
                .append("dumps/idf-ld.ttl -O ")
                .append(Html.esc(root))
                .append("dumps/idf-ld.ttl.sha256\nsha256sum -c idf-ld.ttl.sha256</code></pre><p>")
                .append(Html.link("/.well-known/void", words.getString("dumps.description")))
                .append("</p>");
        return Html.page(lang, words.getString("downloads"), "", b.toString());
    }

    /** A link that downloads the file (rather than showing it, as a browser would a text file). */
    static String download(String folder, String name) {
        return "<a href=\"" + Html.esc(folder) + Html.esc(Html.url(name)) + "\" download>" + Html.esc(name) + "</a>";
    }

    /** A size in bytes as a reader takes it in: {@code 2.4 MB}, {@code 812 B}. */
    static String readable(long bytes, String lang) {
        double size = bytes;
        int unit = 0;
        while (size >= 1000 && unit < UNITS.length - 1) {
            size /= 1000;
            unit++;
        }
        String pattern = unit == 0 ? "%.0f %s" : "%.1f %s";
        return String.format(Locale.forLanguageTag(lang), pattern, size, UNITS[unit]);
    }

    /** What a file holds, in the reader's language; empty for a file the site has no words for. */
    private static String holds(ResourceBundle words, String name) {
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - ".gz".length()) : name;
        String kind = plain.endsWith("-metadata.json") ? "csvw" : plain.substring(plain.lastIndexOf('.') + 1);
        if (name.equals(Dump.DESCRIPTION.fileName())) {
            kind = "void";
        }
        try {
            return words.getString("dumps.holds." + kind);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
