package cn.tuanbiao.registry.national.statements;

import cn.tuanbiao.registry.national.shared.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** The public, unsigned read of an organization's good-practice statements (PUB-2): {@code GET /v1/organizations/{creditCode}/statements}. */
@Controller("/v1/organizations")
class StatementsController {

    private final StatementRegister statements;

    StatementsController(StatementRegister statements) {
        this.statements = statements;
    }

    @Get("/{creditCode}/statements")
    HttpResponse<?> statements(@PathVariable String creditCode) {
        return statements.of(creditCode)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of("NOT_FOUND", "登记处没有这个团体").answer(HttpStatus.NOT_FOUND));
    }
}
