package org.w3id.iomidf.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/**
 * Writes a copy of the Fund's site to crawl in tests and benchmarks: each project's pages in its languages at the
 * site's addresses ({@code /project/<slug>} in English, {@code /fr/node/<id>} and {@code /es/node/<id>}, the node
 * shared by its translations), linked to each other by {@code <link rel="alternate" hreflang>}; every fifth
 * project with no identifier on any page and every seventh without one on its English page; paginated listing
 * pages ({@code /projects}, {@code /projects?page=N}); a sitemap index with a gzipped child; a robots.txt with a
 * Disallow and a Crawl-delay; pages that are no project pages (news, about, a forbidden folder); and
 * {@code sources.csv}, the address of every project page file, for building the same pages as files. A request's
 * path maps to a file as {@link #file} says.
 *
 * <pre>
 * GeneratedSite site = new SiteGenerator(Gazetteer.load()).generate(
 *         new SiteSettings(100, 7, Path.of("site"), "http://127.0.0.1:8080", 1));
 * </pre>
 */
public final class SiteGenerator {
    /** The file listing each project page file with its address (file,url), as {@code build --sources} reads it. */
    public static final String SOURCES = "sources.csv";

    /** Paths a misbehaving server answers without a file; the first listing page links them all. */
    public static final List<String> TRAPS = List.of(
            "/project/gone-404",
            "/project/gone-410",
            "/project/loop-a",
            "/project/to-private",
            "/project/slow",
            "/project/huge",
            "/project/annual-report.pdf",
            "/private/internal-notes",
            "/project/draft-budget-2027",
            "/about");

    private static final int PER_LISTING = 10;

    private final Gazetteer gazetteer;
    private final CodeLists codes;

    public SiteGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.codes = CodeLists.load();
    }

    /** The file under the site's folder that answers {@code path} and {@code query} (null for none). */
    public static String file(String path, String query) {
        String p = path.replaceAll("^/+", "");
        if (p.isEmpty()) {
            p = "index";
        }
        if (query != null && !query.isEmpty()) {
            p += "@" + query;
        }
        return p.contains(".") && !p.contains("@") ? p : p + ".html";
    }

    public GeneratedSite generate(SiteSettings settings) {
        try {
            return write(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site under " + settings.dir(), e);
        }
    }

    private GeneratedSite write(SiteSettings s) throws IOException {
        SplittableRandom rng = new SplittableRandom(s.seed());
        ProjectDraw projects = new ProjectDraw(rng, codes, gazetteer.countries());
        PageDrafter drafter = new PageDrafter(rng, codes);
        PageRenderer renderer = new PageRenderer();
        Map<PageLanguage, List<String>> paths = new EnumMap<>(PageLanguage.class);
        for (PageLanguage lang : PageLanguage.values()) {
            paths.put(lang, new ArrayList<>());
        }
        List<String> listed = new ArrayList<>();
        StringBuilder sources = new StringBuilder("file,url\n");
        int pages = 0;
        int withoutIds = 0;
        for (int n = 0; n < s.projects(); n++) {
            Project project = projects.next();
            boolean noIds = n % 5 == 4;
            withoutIds += noIds || project.primaId() == null && project.projectId() == null ? 1 : 0;
            Map<PageLanguage, String> addresses = new LinkedHashMap<>();
            for (PageLanguage lang : project.langs()) {
                addresses.put(lang, lang == PageLanguage.EN ? null : "/" + lang.tag() + "/node/" + (1000 + n));
            }
            Map<PageLanguage, PageDraft> drafts = new EnumMap<>(PageLanguage.class);
            for (PageLanguage lang : project.langs()) {
                PageDrafter.Slot slot = new PageDrafter.Slot(lang, Layout.SITE, false, true);
                PageDraft draft = drafter.draft(project, slot, "page", null);
                if (noIds || (lang == PageLanguage.EN && n % 7 == 6)) {
                    draft = withoutIds(draft);
                }
                drafts.put(lang, draft);
                if (lang == PageLanguage.EN) {
                    addresses.put(
                            lang, "/project/" + slug(draft.title() == null ? "project" : draft.title()) + "-" + n);
                }
            }
            for (Map.Entry<PageLanguage, PageDraft> e : drafts.entrySet()) {
                StringBuilder head = new StringBuilder();
                addresses.forEach((lang, path) -> head.append("  <link rel=\"alternate\" hreflang=\"")
                        .append(lang.tag())
                        .append("\" href=\"")
                        .append(s.base())
                        .append(path)
                        .append("\">\n"));
                String path = addresses.get(e.getKey());
                String file = file(path, null);
                write(
                        s.dir().resolve(file),
                        HtmlPage.render(e.getValue(), head.toString()).getBytes(StandardCharsets.UTF_8));
                sources.append(file).append(',').append(s.base()).append(path).append('\n');
                paths.get(e.getKey()).add(path);
                pages++;
            }
            listed.add(addresses.values().iterator().next());
        }
        listings(s, listed);
        extras(s);
        sitemaps(s, paths);
        write(s.dir().resolve(SOURCES), sources.toString().getBytes(StandardCharsets.UTF_8));
        return new GeneratedSite(
                s.dir(),
                s.projects(),
                pages,
                withoutIds,
                paths.get(PageLanguage.EN),
                paths.get(PageLanguage.FR),
                paths.get(PageLanguage.ES));
    }

    /** The same page without its Prima ID and project ID rows. */
    private static PageDraft withoutIds(PageDraft d) {
        Map<Field, String> written = new LinkedHashMap<>(d.written());
        written.remove(Field.PRIMA_ID);
        written.remove(Field.PROJECT_ID);
        return new PageDraft(
                d.file(),
                d.layout(),
                d.chrome(),
                d.title(),
                written,
                d.countries(),
                d.description(),
                d.blankLine(),
                d.html(),
                d.broken(),
                d.truth());
    }

    private static void listings(SiteSettings s, List<String> listed) throws IOException {
        int count = Math.max(1, (listed.size() + PER_LISTING - 1) / PER_LISTING);
        for (int page = 0; page < count; page++) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                    + "<title>IOM Development Fund projects</title></head>\n<body class=\"path-projects\">\n<main>\n"
                    + "<h1>Projects</h1>\n<ul>\n");
            for (String path : listed.subList(page * PER_LISTING, Math.min(listed.size(), (page + 1) * PER_LISTING))) {
                html.append("<li><a href=\"")
                        .append(path)
                        .append("\">")
                        .append(path)
                        .append("</a></li>\n");
            }
            html.append("</ul>\n");
            if (page == 0) {
                html.append("<ul class=\"more\">\n");
                for (String trap : TRAPS) {
                    html.append("<li><a href=\"")
                            .append(trap)
                            .append("\">")
                            .append(trap)
                            .append("</a></li>\n");
                }
                html.append("<li><a href=\"/fr/node/9000\">Actualités</a></li>\n</ul>\n");
            }
            if (page + 1 < count) {
                html.append("<a rel=\"next\" href=\"/projects?page=")
                        .append(page + 1)
                        .append("\">next</a>\n");
            }
            html.append("</main>\n</body>\n</html>\n");
            String file = file("/projects", page == 0 ? null : "page=" + page);
            write(s.dir().resolve(file), html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** robots.txt, a news page (a node of another kind), an about page, a page in a forbidden folder, a PDF. */
    private static void extras(SiteSettings s) throws IOException {
        String robots =
                "# robots.txt of the generated site\nUser-agent: *\nDisallow: /private/\nDisallow: /project/draft-\n"
                        + "Crawl-delay: "
                        + String.format(Locale.ROOT, "%s", trim(s.crawlDelay())) + "\n\nSitemap: " + s.base()
                        + "/sitemap.xml\n";
        write(s.dir().resolve("robots.txt"), robots.getBytes(StandardCharsets.UTF_8));
        String news = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Actualités | OIM"
                + "</title></head>\n<body class=\"path-node page-node-type-news\">\n<main><h1>Actualités</h1>\n"
                + "<p>Le Fonds publie son rapport annuel.</p></main>\n</body>\n</html>\n";
        write(s.dir().resolve(file("/fr/node/9000", null)), news.getBytes(StandardCharsets.UTF_8));
        String about = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>About</title></head>"
                + "\n<body><main><h1>About the Fund</h1><p>The Fund supports member states.</p></main></body>\n</html>\n";
        write(s.dir().resolve(file("/about", null)), about.getBytes(StandardCharsets.UTF_8));
        write(s.dir().resolve(file("/private/internal-notes", null)), about.getBytes(StandardCharsets.UTF_8));
        write(s.dir().resolve(file("/project/draft-budget-2027", null)), about.getBytes(StandardCharsets.UTF_8));
        write(
                s.dir().resolve(file("/project/annual-report.pdf", null)),
                "%PDF-1.4\n% not a page\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** A sitemap index naming a gzipped child (the English pages) and a plain one (the translations). */
    private static void sitemaps(SiteSettings s, Map<PageLanguage, List<String>> paths) throws IOException {
        String lastmod = LocalDate.of(2026, 11, 1).toString();
        String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <sitemap><loc>" + s.base() + "/sitemaps/projects-en.xml.gz</loc><lastmod>" + lastmod
                + "</lastmod></sitemap>\n"
                + "  <sitemap><loc>" + s.base() + "/sitemaps/projects-translations.xml</loc><lastmod>" + lastmod
                + "</lastmod></sitemap>\n</sitemapindex>\n";
        write(s.dir().resolve("sitemap.xml"), index.getBytes(StandardCharsets.UTF_8));
        byte[] en = urlset(s.base(), paths.get(PageLanguage.EN), lastmod);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(en);
        }
        write(s.dir().resolve("sitemaps/projects-en.xml.gz"), gz.toByteArray());
        List<String> translations = new ArrayList<>(paths.get(PageLanguage.FR));
        translations.addAll(paths.get(PageLanguage.ES));
        write(s.dir().resolve("sitemaps/projects-translations.xml"), urlset(s.base(), translations, lastmod));
    }

    private static byte[] urlset(String base, List<String> paths, String lastmod) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : paths) {
            xml.append("  <url><loc>")
                    .append(base)
                    .append(path)
                    .append("</loc><lastmod>")
                    .append(lastmod)
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
