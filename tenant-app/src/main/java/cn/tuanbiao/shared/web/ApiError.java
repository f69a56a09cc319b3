package cn.tuanbiao.shared.web;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The body of every refused API request: a sentence for people and the fields for programs. */
@Serdeable
public record ApiError(String message, List<FieldError> errors) {

    /** One refused field: its name, the rule it broke (requirement ID or FORMAT), and why. */
    @Serdeable
    public record FieldError(String field, String rule, String message) {
    }
}
