package cn.tuanbiao.documents.api;

import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** A multipart file part, checked (LC-5) and handed to {@code use}; the spooled copy is gone afterwards. */
public final class Uploads {

    private Uploads() {
    }

    public static <T> T checked(FileCheck fileCheck, CompletedFileUpload file, Function<CheckedFile, T> use) {
        if (file == null) {
            throw new InvalidInputException(FieldProblem.of("file", "FORMAT", "validation.required"));
        }
        try (InputStream content = file.getInputStream(); CheckedFile checked = fileCheck.check(file.getFilename(), content)) {
            return use.apply(checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
