package org.w3id.iomidf.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;
import org.w3id.iomidf.record.Severity;
import org.w3id.iomidf.record.SourcePage;
import org.w3id.iomidf.record.Status;
import org.w3id.iomidf.record.WebCapture;

/**
 * The bytes of one page as {@link PageSpill} keeps it: every field of the parsed page and the problems found on it,
 * as plain binary fields (strings as UTF-8 with their length, absent values marked), read back field for field.
 *
 * <pre>{@code
 * byte[] kept = PageCodec.encode(page, warnings);
 * PageSpill.Entry back = PageCodec.decode(kept);   // back.page().equals(page)
 * }</pre>
 */
final class PageCodec {

    private PageCodec() {}

    /** One page and its problems as the bytes of one entry; touches nothing shared. */
    static byte[] encode(ProjectPage page, List<Problem> problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SourcePage s = page.source();
            text(out, s.path());
            text(out, s.name());
            text(out, s.sha256());
            out.writeLong(s.readAt().getEpochSecond());
            out.writeInt(s.readAt().getNano());
            text(out, s.url());
            text(out, s.capture() == null ? null : s.capture().recordId());
            if (s.capture() != null) {
                out.writeLong(s.capture().capturedAt().getEpochSecond());
                out.writeInt(s.capture().capturedAt().getNano());
            }
            out.writeInt(s.alternates().size());
            for (String alternate : s.alternates()) {
                text(out, alternate);
            }
            out.writeByte(page.layout().ordinal());
            out.writeByte(page.lang().ordinal());
            text(out, page.title());
            text(out, page.values().primaId());
            text(out, page.values().projectId());
            text(out, page.values().typeCode());
            text(out, page.values().typeLabel());
            out.writeBoolean(page.values().typeLabelKnown());
            constant(out, page.values().status());
            number(out, page.values().startYear());
            number(out, page.values().endYear());
            number(out, page.values().fundingYear());
            text(
                    out,
                    page.values().budgetUsd() == null
                            ? null
                            : page.values().budgetUsd().toString());
            constant(out, page.values().coverage());
            text(out, page.values().region());
            text(out, page.values().regionCode());
            out.writeInt(page.values().countries().size());
            for (CountryRef c : page.values().countries()) {
                text(out, c.asWritten());
                text(out, c.alpha3());
            }
            out.writeInt(page.description().size());
            for (String line : page.description()) {
                text(out, line);
            }
            out.writeBoolean(page.truncated());
            out.writeInt(page.lines().size());
            for (Map.Entry<Field, Integer> e : page.lines().entrySet()) {
                out.writeByte(e.getKey().ordinal());
                out.writeInt(e.getValue());
            }
            out.writeInt(problems.size());
            for (Problem p : problems) {
                text(out, p.source());
                out.writeInt(p.line());
                out.writeByte(p.field().ordinal());
                text(out, p.value());
                text(out, p.message());
                out.writeByte(p.severity().ordinal());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static PageSpill.Entry decode(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            SourcePage source = new SourcePage(
                    text(in), text(in), text(in), Instant.ofEpochSecond(in.readLong(), in.readInt()), text(in));
            String recordId = text(in);
            if (recordId != null) {
                source = source.captured(new WebCapture(recordId, Instant.ofEpochSecond(in.readLong(), in.readInt())));
            }
            List<String> alternates = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                alternates.add(text(in));
            }
            source = source.withAlternates(alternates);
            Layout layout = Layout.values()[in.readByte()];
            PageLanguage lang = PageLanguage.values()[in.readByte()];
            String title = text(in);
            String primaId = text(in);
            String projectId = text(in);
            String typeCode = text(in);
            String typeLabel = text(in);
            boolean typeLabelKnown = in.readBoolean();
            Status status = constant(in, Status.values());
            Integer startYear = number(in);
            Integer endYear = number(in);
            Integer fundingYear = number(in);
            String budget = text(in);
            Coverage coverage = constant(in, Coverage.values());
            String region = text(in);
            String regionCode = text(in);
            List<CountryRef> countries = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                countries.add(new CountryRef(text(in), text(in)));
            }
            List<String> description = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                description.add(text(in));
            }
            boolean truncated = in.readBoolean();
            Map<Field, Integer> lines = new EnumMap<>(Field.class);
            for (int i = in.readInt(); i > 0; i--) {
                lines.put(Field.values()[in.readByte()], in.readInt());
            }
            List<Problem> problems = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                problems.add(new Problem(
                        text(in),
                        in.readInt(),
                        Field.values()[in.readByte()],
                        text(in),
                        text(in),
                        Severity.values()[in.readByte()]));
            }
            ProjectPage page = new ProjectPage(
                    source,
                    layout,
                    lang,
                    title,
                    new ProjectValues(
                            primaId,
                            projectId,
                            typeCode,
                            typeLabel,
                            typeLabelKnown,
                            lang,
                            status,
                            startYear,
                            endYear,
                            fundingYear,
                            budget == null ? null : new BigDecimal(budget),
                            coverage,
                            region,
                            regionCode,
                            countries),
                    description,
                    truncated,
                    lines);
            return new PageSpill.Entry(page, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string as its UTF-8 length and bytes; -1 for null. */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void number(DataOutputStream out, Integer n) throws IOException {
        out.writeBoolean(n != null);
        if (n != null) {
            out.writeInt(n);
        }
    }

    private static Integer number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void constant(DataOutputStream out, Enum<?> e) throws IOException {
        out.writeByte(e == null ? -1 : e.ordinal());
    }

    private static <E extends Enum<E>> E constant(DataInputStream in, E[] values) throws IOException {
        int i = in.readByte();
        return i < 0 ? null : values[i];
    }
}
