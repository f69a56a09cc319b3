package cn.tuanbiao.shared.ui;

import cn.tuanbiao.documents.domain.AcceptedFileType;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.Optional;

/**
 * A form field holding one file the user chose, kept in a temporary file until the form is saved,
 * where the service checks it like any other upload (LC-5).
 */
public class SingleFileField extends Composite<Upload> {

    private volatile PendingFile pending;

    public SingleFileField(long maxBytes) {
        Upload upload = getContent();
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            discard();
            pending = new PendingFile(metadata.fileName(), file);
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(AcceptedFileType.allExtensions().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(UploadTexts.of(this, maxBytes, String.join(" ", AcceptedFileType.allExtensions())));
        upload.addFileRemovedListener(removed -> discard());
        upload.addFileRejectedListener(rejected -> FormErrors.Notifications.error(rejected.getErrorMessage()));
    }

    public Optional<PendingFile> file() {
        return Optional.ofNullable(pending);
    }

    /**
     * Checks the chosen file (LC-5) and hands it to {@code use}; refuses with a "required" problem on
     * the {@code file} field when none was chosen. The temporary file is deleted once {@code use} succeeds.
     */
    public <T> T useChecked(FileCheck fileCheck, Function<CheckedFile, T> use) {
        PendingFile chosen = file().orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("file", "FORMAT", "validation.required")));
        T result;
        try (InputStream content = new FileInputStream(chosen.file());
             CheckedFile checked = fileCheck.check(chosen.fileName(), content)) {
            result = use.apply(checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        discard();
        return result;
    }

    /** Deletes the temporary file; call once the form is saved or closed. */
    public void discard() {
        PendingFile old = pending;
        pending = null;
        if (old != null) {
            old.file().delete();
        }
    }

    /** A chosen file: its name as the user's computer knows it, and where it waits. */
    public record PendingFile(String fileName, File file) {
    }
}
