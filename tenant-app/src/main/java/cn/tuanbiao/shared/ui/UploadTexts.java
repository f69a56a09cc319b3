package cn.tuanbiao.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The upload component's texts in the user's language (Vaadin ships them in English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component owner, long maxBytes, String acceptedTypes) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(t(owner, "documents.upload.add"))
                .setMany(t(owner, "documents.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(t(owner, "documents.upload.drop"))
                .setMany(t(owner, "documents.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(t(owner, "documents.upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation("documents.tooLarge", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(owner.getTranslation("documents.typeNotAccepted", acceptedTypes)));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(owner, "documents.upload.connecting"))
                        .setStalled(t(owner, "documents.upload.stalled"))
                        .setProcessing(t(owner, "documents.upload.processing"))
                        .setHeld(t(owner, "documents.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(owner, "documents.upload.remaining"))
                        .setUnknown(t(owner, "documents.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(owner, "documents.upload.serverUnavailable"))
                        .setUnexpectedServerError(t(owner, "documents.upload.serverError"))
                        .setForbidden(t(owner, "documents.upload.forbidden"))));
        texts.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return texts;
    }

    private static String t(Component owner, String key) {
        return owner.getTranslation(key);
    }
}
