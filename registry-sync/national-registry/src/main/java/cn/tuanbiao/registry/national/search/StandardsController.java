package cn.tuanbiao.registry.national.search;

import cn.tuanbiao.registry.national.shared.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/** The public, unsigned read side: {@code GET /v1/standards} (search) and {@code GET /v1/standards/{standardKey}}. */
@Controller("/v1/standards")
class StandardsController {

    private final StandardCatalogue catalogue;

    StandardsController(StandardCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get
    HttpResponse<?> search(@Nullable @QueryValue String q, @Nullable @QueryValue String organization,
                           @Nullable @QueryValue String status, @Nullable @QueryValue Integer page,
                           @Nullable @QueryValue Integer size) {
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 1) {
            return invalid("page", "页码从 1 开始");
        }
        if (pageSize < 1 || pageSize > StandardQuery.LARGEST_PAGE) {
            return invalid("size", "每页条数应在 1 到 100 之间");
        }
        return HttpResponse.ok(catalogue.search(new StandardQuery(q, organization, status, pageNumber, pageSize)));
    }

    @Get("/{standardKey}")
    HttpResponse<?> standard(@PathVariable String standardKey) {
        return catalogue.standard(standardKey)
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> Problem.of("NOT_FOUND", "登记处没有这项标准").answer(HttpStatus.NOT_FOUND));
    }

    private static HttpResponse<Problem> invalid(String field, String message) {
        return new Problem("FIELD_INVALID", message, field).answer(HttpStatus.BAD_REQUEST);
    }
}
