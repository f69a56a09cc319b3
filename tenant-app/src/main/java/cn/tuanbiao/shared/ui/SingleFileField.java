package cn.tuanbiao.shared.ui;

import cn.tuanbiao.documents.domain.AcceptedFileType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.File;
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
