package org.w3id.iomidf.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a dump and its {@code <name>.sha256} file, in the format {@code sha256sum -c} reads. */
public final class Checksums {
    private Checksums() {}

    /** Writes {@code <file>.sha256} next to the file and returns the digest (lower-case hex). */
    public static String write(Path file) throws IOException {
        String hex = sha256(file);
        String name = file.getFileName().toString();
        Files.writeString(file.resolveSibling(name + ".sha256"), hex + "  " + name + "\n", StandardCharsets.UTF_8);
        return hex;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
