package org.w3id.iomidf.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.PageLanguage;

/**
 * Prints a {@link PageDraft} in the byte shapes of the scraped pages: UTF-8, LF line ends, no final
 * newline; bullets {@code "  • Label"} with values indented by four spaces; the iom.int menus and the old
 * site's sidebars copied from real pages.
 */
final class PageRenderer {
    private static final List<Field> DEVFUND_ORDER = List.of(
            Field.REGION,
            Field.PROJECT_ID,
            Field.PRIMA_ID,
            Field.BUDGET,
            Field.COUNTRIES,
            Field.TYPE,
            Field.COVERAGE,
            Field.STATUS);

    private final Map<PageLanguage, String> menus = new EnumMap<>(PageLanguage.class);
    private final Map<PageLanguage, String> sidebars = new EnumMap<>(PageLanguage.class);

    PageRenderer() {
        for (PageLanguage lang : PageLanguage.values()) {
            menus.put(lang, resource("menu-" + lang.tag() + ".txt"));
        }
        sidebars.put(PageLanguage.EN, resource("sidebar-en.txt"));
        sidebars.put(PageLanguage.FR, resource("sidebar-fr.txt"));
    }

    byte[] render(PageDraft d, SplittableRandom rng) {
        if (d.broken() == Broken.EMPTY) {
            return new byte[0];
        }
        if (d.broken() == Broken.BINARY) {
            return binary(rng);
        }
        if (d.html()) {
            return HtmlPage.render(d).getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(4096);
        switch (d.layout()) {
            case BULLET -> bullet(d, out);
            case SITE -> site(d, out);
            case DEVFUND -> devfund(d, out);
            case DEGENERATE -> out.append(d.title())
                    .append("\n\n    ")
                    .append(String.join(" ", d.countries()))
                    .append("\n\n");
            default -> throw new IllegalArgumentException("layout " + d.layout());
        }
        if (d.blankLine() && d.layout() == org.w3id.iomidf.record.Layout.BULLET) {
            out.append('\n');
        }
        out.append(String.join("\n", d.description()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void bullet(PageDraft d, StringBuilder out) {
        if (d.title() != null) {
            out.append(d.title()).append("\n\n");
        }
        PageLanguage lang = d.truth().lang();
        d.written().forEach((field, value) -> {
            out.append("  • ").append(FieldLabels.label(field, lang)).append('\n');
            if (!value.isEmpty()) {
                out.append("    ").append(value).append('\n');
            }
        });
    }

    private void site(PageDraft d, StringBuilder out) {
        out.append(menus.get(d.chrome()));
        if (d.title() != null) {
            out.append(d.title()).append('\n');
        }
        PageLanguage lang = d.truth().lang();
        d.written().forEach((field, value) -> {
            out.append("-\n").append(FieldLabels.label(field, lang)).append('\n');
            if (!value.isEmpty()) {
                out.append(value).append('\n');
            }
        });
    }

    private void devfund(PageDraft d, StringBuilder out) {
        if (d.chrome() != null) {
            out.append(sidebars.get(d.chrome()));
        }
        out.append(d.title())
                .append(d.blankLine() ? "\n\n" : "\n")
                .append(d.title())
                .append('\n');
        for (Field field : DEVFUND_ORDER) {
            if (field == Field.COUNTRIES) {
                d.countries().forEach(name -> out.append(name).append('\n'));
            } else if (d.written().containsKey(field)) {
                out.append(d.written().get(field)).append('\n');
            }
        }
    }

    /** A file that is not text: an image signature followed by random bytes, NULs among them. */
    private static byte[] binary(SplittableRandom rng) {
        byte[] bytes = new byte[256 + rng.nextInt(768)];
        rng.nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        for (int i = signature.length; i < bytes.length; i += 7) {
            bytes[i] = 0;
        }
        return bytes;
    }

    private static String resource(String name) {
        try (InputStream in = PageRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("page template " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page template " + name, e);
        }
    }
}
