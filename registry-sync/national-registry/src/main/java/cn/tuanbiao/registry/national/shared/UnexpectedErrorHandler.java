package cn.tuanbiao.registry.national.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure of the registry itself answers 500 in the protocol's shape without its internals (SQL,
 * stack traces); the relay retries 5xx with backoff (PROTOCOL §6). The details go to the log.
 */
@Produces
@Singleton
@Requires(classes = {Exception.class, ExceptionHandler.class})
class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        LOG.error("{} {} failed", request.getMethodName(), request.getPath(), exception);
        return Problem.of("INTERNAL", "登记处内部错误，请稍后重试").answer(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
