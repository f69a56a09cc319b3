package cn.tuanbiao.shared.ui;

import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/** Any refusal a view did not handle itself still reaches the user as a sentence, never a stack trace. */
class UiErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);
    private static final Messages MESSAGES = new Messages();

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof AccessDeniedException) && !(cause instanceof LifecycleRefusal)
                && !(cause instanceof NotFoundException) && !(cause instanceof InvalidInputException)) {
            cause = cause.getCause();
        }
        Locale locale = UI.getCurrent() == null ? Messages.CHINESE : UI.getCurrent().getLocale();
        if (cause instanceof LifecycleRefusal refusal) {
            FormErrors.Notifications.error(MESSAGES.render(locale, refusal.messageKey(), refusal.arguments()));
            return;
        }
        String key;
        if (cause instanceof AccessDeniedException denied) {
            key = denied.messageKey();
        } else if (cause instanceof NotFoundException missing) {
            key = missing.messageKey();
        } else if (cause instanceof InvalidInputException) {
            key = "validation.failed";
        } else {
            LOG.error("Unexpected error in the UI", event.getThrowable());
            key = "error.unexpected";
        }
        String text = MESSAGES.get(locale, key);
        if (UI.getCurrent() != null) {
            FormErrors.Notifications.error(text);
        }
    }
}
