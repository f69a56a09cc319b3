package cn.tuanbiao.documents.service;

import cn.tuanbiao.documents.domain.AcceptedFileType;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Checks an upload before anything is stored (LC-5): the name's type is accepted, the content
 * starts as that type must, the size is within the limit. Reads the stream once, spooling it to
 * a temporary file while hashing it, and stops reading as soon as the limit is passed.
 */
@Singleton
public class FileCheck {

    private static final int MAX_FILE_NAME = 255;

    private final long maxBytes;

    public FileCheck(@Value("${tuanbiao.documents.max-bytes:20971520}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public CheckedFile check(String fileName, InputStream content) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty()) {
            throw problem("validation.required");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw problem("validation.tooLong", MAX_FILE_NAME);
        }
        AcceptedFileType type = AcceptedFileType.byFileName(name)
                .orElseThrow(() -> problem("documents.typeNotAccepted", String.join(" ", AcceptedFileType.allExtensions())));
        Path spooled = null;
        try {
            spooled = Files.createTempFile("tuanbiao-upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[AcceptedFileType.SIGNATURE_LENGTH];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(content, sha256);
                 OutputStream out = Files.newOutputStream(spooled)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (headLength < head.length) {
                        int copied = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copied);
                        headLength += copied;
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw problem("documents.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw problem("documents.empty");
            }
            if (!type.matches(Arrays.copyOf(head, headLength))) {
                throw problem("documents.contentMismatch", type.name());
            }
            CheckedFile checked = new CheckedFile(name, type, size, HexFormat.of().formatHex(sha256.digest()), spooled);
            spooled = null;
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException ignored) {
                    // the operating system clears temporary files
                }
            }
        }
    }

    private static InvalidInputException problem(String messageKey, Object... arguments) {
        return new InvalidInputException(FieldProblem.of("file", "LC-5", messageKey, arguments));
    }
}
