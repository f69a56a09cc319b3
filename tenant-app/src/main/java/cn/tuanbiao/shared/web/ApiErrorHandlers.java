package cn.tuanbiao.shared.web;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;

/** Turns the domain's refusals into HTTP answers in the caller's language (Accept-Language; zh-CN by default). */
@Factory
class ApiErrorHandlers {

    private final Messages messages;

    ApiErrorHandlers(Messages messages) {
        this.messages = messages;
    }

    @Singleton
    @Produces
    ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> invalidInput() {
        return (request, e) -> {
            Locale locale = locale(request);
            List<ApiError.FieldError> fields = e.problems().stream()
                    .map(p -> new ApiError.FieldError(p.field(), p.rule(),
                            messages.get(locale, "field." + p.field()) + messages.get(locale, "punctuation.colon")
                                    + messages.get(locale, p.messageKey(), p.arguments().toArray())))
                    .toList();
            return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ApiError(messages.get(locale, "validation.failed"), fields));
        };
    }

    @Singleton
    @Produces
    ExceptionHandler<AccessDeniedException, HttpResponse<ApiError>> accessDenied() {
        return (request, e) -> HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN)
                .body(new ApiError(messages.get(locale(request), e.messageKey()), List.of()));
    }

    @Singleton
    @Produces
    ExceptionHandler<NotFoundException, HttpResponse<ApiError>> notFound() {
        return (request, e) -> HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND)
                .body(new ApiError(messages.get(locale(request), e.messageKey()), List.of()));
    }

    @Singleton
    @Produces
    ExceptionHandler<LifecycleRefusal, HttpResponse<ApiError>> lifecycleRefusal() {
        return (request, e) -> HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                .body(new ApiError(messages.render(locale(request), e.messageKey(), e.arguments()),
                        List.of(new ApiError.FieldError(null, e.requirement(),
                                messages.render(locale(request), e.messageKey(), e.arguments())))));
    }

    @Singleton
    @Produces
    ExceptionHandler<ConcurrentModificationException, HttpResponse<ApiError>> concurrentChange() {
        return (request, e) -> HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                .body(new ApiError(messages.get(locale(request), "lifecycle.concurrentChange"), List.of()));
    }

    private static Locale locale(HttpRequest<?> request) {
        return RequestLocale.of(request);
    }
}
