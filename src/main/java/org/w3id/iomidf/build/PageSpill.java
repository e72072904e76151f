package org.w3id.iomidf.build;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * The pages the first pass read, kept on disk until the second pass publishes them, so that each page is read and
 * parsed once and the corpus is never held in memory. Each page is one length-prefixed entry ({@link PageCodec}),
 * written once, read back by its offset; reads may come from several threads at once.
 * The file is deleted on close.
 *
 * <pre>{@code
 * try (PageSpill spill = PageSpill.create(dir.resolve("pages.spill"))) {
 *     long at = spill.append(PageCodec.encode(page, warnings));
 *     PageSpill.Entry back = spill.read(at);
 * }
 * }</pre>
 */
final class PageSpill implements AutoCloseable {
    /** A page as the parser made it, with the problems (warnings only) it found on it. */
    record Entry(ProjectPage page, List<Problem> problems) {}

    private final Path file;
    private final FileChannel channel;
    private long end;

    private PageSpill(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static PageSpill create(Path file) throws IOException {
        return new PageSpill(
                file,
                FileChannel.open(
                        file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Writes one encoded entry at the end of the file; returns its offset. One writer at a time. */
    long append(byte[] entry) throws IOException {
        long at = end;
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + entry.length);
        buffer.putInt(entry.length).put(entry).flip();
        while (buffer.hasRemaining()) {
            end += channel.write(buffer, end);
        }
        return at;
    }

    /** Reads back the entry written at {@code offset}; safe from several threads. */
    Entry read(long offset) {
        try {
            ByteBuffer length = fill(ByteBuffer.allocate(Integer.BYTES), offset);
            ByteBuffer body = fill(ByteBuffer.allocate(length.getInt()), offset + Integer.BYTES);
            return PageCodec.decode(body.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the page kept at " + offset + " in " + file, e);
        }
    }

    private ByteBuffer fill(ByteBuffer buffer, long offset) throws IOException {
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EOFException("the file ends inside an entry");
            }
            at += n;
        }
        return buffer.flip();
    }

    /** Bytes written so far. */
    long size() {
        return end;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            Files.deleteIfExists(file);
        }
    }
}
