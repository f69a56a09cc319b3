package cn.tuanbiao.registry.national.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/** A refusal of the whole request (PROTOCOL §6): the code, a message in zh-CN, and the field at fault if one is. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String code, String message, String field) {

    public static Problem of(String code, String message) {
        return new Problem(code, message, null);
    }

    public MutableHttpResponse<Problem> answer(HttpStatus status) {
        return HttpResponse.<Problem>status(status).body(this);
    }
}
