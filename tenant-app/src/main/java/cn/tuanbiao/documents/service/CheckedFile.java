package cn.tuanbiao.documents.service;

import cn.tuanbiao.documents.domain.AcceptedFileType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file that passed the checks (LC-5): an accepted type whose content agrees with its
 * name, within the size limit, fingerprinted. Spooled to a temporary file, which closing deletes.
 */
public record CheckedFile(String fileName, AcceptedFileType type, long sizeBytes, String sha256, Path spooled)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            // A temporary file left behind is harmless; the operating system clears it.
        }
    }
}
