package cn.tuanbiao.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product speaks zh-CN by default and English on request: every sentence exists in both, and a
 * sentence with blanks to fill says all of its words once they are filled.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

    private final Messages messages = new Messages();

    @Test
    void every_message_exists_in_chinese_and_in_english() {
        assertThat(bundle("messages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages_en.properties").stringPropertyNames());
    }

    /** MessageFormat reads a lone apostrophe as the start of a quote and drops it, with what follows. */
    @Test
    void a_message_with_arguments_keeps_its_apostrophes_and_says_every_argument() {
        List<String> garbled = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            Properties bundle = bundle(Messages.ENGLISH.equals(locale) ? "messages_en.properties" : "messages.properties");
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                List<MatchResult> arguments = ARGUMENT.matcher(pattern).results().toList();
                if (arguments.isEmpty()) {
                    continue;
                }
                Object[] filled = new Object[arguments.stream().mapToInt(MessageBundlesTest::index).max().orElseThrow() + 1];
                for (MatchResult argument : arguments) {
                    // a typed blank ({0,number}, {6,choice,…}) takes a number; a plain one a text we can find again
                    filled[index(argument)] = argument.group(2) == null ? "«" + index(argument) + "»" : 1;
                }
                String said = messages.get(locale, key, filled);
                long apostrophesMeant = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
                long apostrophesSaid = said.chars().filter(c -> c == '\'').count();
                boolean everyArgumentSaid = arguments.stream().filter(a -> a.group(2) == null)
                        .allMatch(a -> said.contains("«" + index(a) + "»"));
                if (apostrophesSaid != apostrophesMeant || !everyArgumentSaid) {
                    garbled.add(locale + " " + key + " → " + said);
                }
            }
        }
        assertThat(garbled).as("messages that lose words when formatted (write '' for an apostrophe)").isEmpty();
    }

    private static int index(MatchResult argument) {
        return Integer.parseInt(argument.group(1));
    }

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        return properties;
    }
}
