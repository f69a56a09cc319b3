package cn.tuanbiao.shared.web;

import cn.tuanbiao.shared.i18n.Messages;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;

/**
 * The language an API caller asked for with Accept-Language: English when they prefer it,
 * Chinese otherwise (also when they say nothing, whatever the server's own locale is).
 */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpRequest<?> request) {
        if (request == null) {
            return Messages.CHINESE;
        }
        return request.getHeaders().findFirst(HttpHeaders.ACCEPT_LANGUAGE)
                .map(RequestLocale::preferred)
                .orElse(Messages.CHINESE);
    }

    private static Locale preferred(String header) {
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Messages.SUPPORTED);
            return Messages.supported(best);
        } catch (IllegalArgumentException e) {
            return Messages.CHINESE;
        }
    }
}
