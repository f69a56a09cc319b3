package cn.tuanbiao.registry.national.signing;

import cn.tuanbiao.registry.national.shared.Problem;
import io.micronaut.http.HttpStatus;

/** The outcome of checking a request's signature: the key that signed it, or why it is refused. */
public sealed interface Authentication {

    record Signed(EnrolledKey key) implements Authentication {
    }

    record Refused(HttpStatus status, Problem problem) implements Authentication {
    }
}
