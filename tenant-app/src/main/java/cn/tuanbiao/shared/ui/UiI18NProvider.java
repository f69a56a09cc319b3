package cn.tuanbiao.shared.ui;

import cn.tuanbiao.shared.i18n.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Vaadin's {@code getTranslation} speaks through the same bundles as the API. */
@Singleton
class UiI18NProvider implements I18NProvider {

    private final Messages messages;

    UiI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}
