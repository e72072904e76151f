package org.w3id.iomidf.serve.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bytes of an answer held back until its query has finished: in memory up to a small size, then in a
 * temporary file, so that sixteen large answers being made at once take disk, not heap. Bounded in all: a write
 * past the limit fails and marks the body as overflowed. The SHA-256 of the bytes is taken as they come, for
 * the entity tag.
 */
final class HeldBody extends OutputStream {

    /** Bytes kept in memory before the rest goes to a temporary file. */
    static final int IN_MEMORY = 4 * 1024 * 1024;

    private final long limit;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private MessageDigest digest = sha256();
    private Path file;
    private OutputStream spill;
    private long size;
    private boolean overflow;

    HeldBody(long limit) {
        this.limit = limit;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (size + len > limit) {
            overflow = true;
            throw new IOException(tooLarge(limit));
        }
        digest.update(b, off, len);
        size += len;
        if (spill == null && memory.size() + len > IN_MEMORY) {
            file = Files.createTempFile("idf-ld-answer", ".part");
            spill = Files.newOutputStream(file);
            memory.writeTo(spill);
            memory.reset();
            memory.close();
        }
        if (spill != null) {
            spill.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
    }

    /** What the caller is told of an answer past {@code limit} bytes, and what to do instead. */
    static String tooLarge(long limit) {
        return "result larger than " + limit + " bytes: add a LIMIT, or use the dumps at /dumps/";
    }

    /** True if a write went past the limit (what was written is then incomplete). */
    boolean overflowed() {
        return overflow;
    }

    long size() {
        return size;
    }

    /** The bytes, if they are held in memory; null once they went to a file. */
    byte[] bytes() {
        return spill == null ? memory.toByteArray() : null;
    }

    /** The entity tag of the bytes written so far. */
    String etag() {
        try {
            return AnswerCache.tag(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be copied", e);
        }
    }

    /** Copies the bytes to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        if (spill == null) {
            memory.writeTo(out);
            return;
        }
        spill.flush();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    /** Forgets what was written (an error replaces it). */
    void reset() throws IOException {
        discard();
        memory.reset();
        digest = sha256();
        size = 0;
    }

    /** Removes the temporary file, if any. */
    void discard() throws IOException {
        if (spill != null) {
            spill.close();
            Files.deleteIfExists(file);
            spill = null;
            file = null;
        }
    }

    @Override
    public void close() throws IOException {
        discard();
    }
}
