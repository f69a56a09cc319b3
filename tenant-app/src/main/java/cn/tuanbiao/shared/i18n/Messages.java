package cn.tuanbiao.shared.i18n;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's words in zh-CN (the default) and English, for the UI and the API alike.
 * Domain code speaks in message keys; this turns them into sentences.
 */
@Singleton
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    private static final String BUNDLE = "i18n.messages";
    private static final java.util.regex.Pattern KEY_LIST =
            java.util.regex.Pattern.compile("(stage|role|document|field|kind)\\.[A-Za-z_]+(,(stage|role|document|field|kind)\\.[A-Za-z_]+)*");

    /**
     * Like {@link #get}, but arguments that are themselves message keys (such as
     * {@code "stage.DRAFTING"} or {@code "role.SECRETARIAT,role.COUNCIL_MEMBER"}) are said in the
     * same language first: domain refusals name stages, roles and documents by key.
     */
    public String render(Locale locale, String key, List<Object> arguments) {
        Object[] said = arguments.stream().map(a -> a instanceof String text && KEY_LIST.matcher(text).matches()
                ? sayKeys(locale, text) : a).toArray();
        return get(locale, key, said);
    }

    private String sayKeys(Locale locale, String keys) {
        String separator = ENGLISH.equals(supported(locale)) ? ", " : "、";
        return java.util.Arrays.stream(keys.split(",")).map(k -> get(locale, k))
                .collect(java.util.stream.Collectors.joining(separator));
    }

    public String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** English when asked for English; Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }
}
