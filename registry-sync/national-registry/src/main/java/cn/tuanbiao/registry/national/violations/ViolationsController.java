package cn.tuanbiao.registry.national.violations;

import cn.tuanbiao.registry.national.shared.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** The public, unsigned read of the violations decided against an organization (PUB-4): {@code GET /v1/organizations/{creditCode}/violations}. */
@Controller("/v1/organizations")
class ViolationsController {

    private final ViolationRegister violations;

    ViolationsController(ViolationRegister violations) {
        this.violations = violations;
    }

    @Get("/{creditCode}/violations")
    HttpResponse<?> violations(@PathVariable String creditCode) {
        return violations.of(creditCode)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of("NOT_FOUND", "登记处没有这个团体").answer(HttpStatus.NOT_FOUND));
    }
}
