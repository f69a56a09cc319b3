package cn.tuanbiao.shared.web;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads typed values from multipart form parts, refusing a malformed one by its field name. */
public final class Parts {

    private Parts() {
    }

    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldProblem.of(field, "FORMAT", "validation.date"));
        }
    }

    public static UUID uuid(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of(field, "FORMAT", "validation.identifier"));
        }
    }

    public static Integer integer(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of(field, "FORMAT", "validation.integer"));
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of(field, "FORMAT", "validation.oneOf"));
        }
    }
}
