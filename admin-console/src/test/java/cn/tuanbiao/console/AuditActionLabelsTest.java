package cn.tuanbiao.console;

import cn.tuanbiao.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUD-1: the audit trail is read by people, so every action the code records is shown under a label in
 * Chinese and in English, never as its code. The actions are read from the sources of both modules: the
 * action argument of every {@code new AuditEntry(…)} and lifecycle {@code new Step(…)}, followed one call
 * back when it is a parameter of a small helper ({@code record(actor, id, "MEETING_CONVENED", …)}).
 */
class AuditActionLabelsTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../tenant-app/src/main/java"));
    /** Where an action is handed over: the constructor and the index of its action argument. */
    private static final Map<String, Integer> ACTION_ARGUMENT = Map.of("AuditEntry", 4, "Step", 1);
    private static final Pattern ACTION_LITERAL = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern METHOD = Pattern.compile("\\n\\s+[\\w<>\\[\\], .]*?(\\w+)\\(([^()]*)\\)\\s*(throws [\\w., ]+)?\\{");

    private final Messages messages = new Messages();

    @Test
    void AUD_1_every_recorded_action_has_a_label_in_chinese_and_english() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).as("the scan finds the actions of the lifecycle, ballots and the alliance")
                .contains("PUBLISHED", "MEETING_CONVENED", "AWARD_ROUND_OPENED", "EXCELLENCE_ENTERED");

        List<String> unlabelled = new ArrayList<>();
        for (String action : actions) {
            for (Locale locale : Messages.SUPPORTED) {
                String key = "audit.action." + action;
                if (messages.get(locale, key).equals(key)) {
                    unlabelled.add(locale + " " + key);
                }
            }
        }
        assertThat(unlabelled).as("audit actions shown as codes").isEmpty();
    }

    private static Set<String> recordedActions() throws IOException {
        Map<Path, String> files = new java.util.HashMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(p, read(p)));
            }
        }
        Set<String> actions = new TreeSet<>();
        files.forEach((file, text) -> ACTION_ARGUMENT.forEach((type, index) -> {
            Matcher handover = Pattern.compile("new " + type + "\\(").matcher(text);
            while (handover.find()) {
                String argument = arguments(text, handover.end()).get(index);
                actions.addAll(literals(argument));
                Map<String, String> constants = CONSTANT.matcher(text).results()
                        .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (a, b) -> a));
                if (constants.containsKey(argument)) {
                    actions.add(constants.get(argument));
                } else if (argument.matches("\\w+")) {
                    actions.addAll(passedToHelper(files, file, text, handover.start(), argument));
                }
            }
        }));
        return actions;
    }

    /** The actions callers in the same package hand to the helper whose parameter {@code parameter} is. */
    private static Set<String> passedToHelper(Map<Path, String> files, Path file, String text, int at, String parameter) {
        Matcher method = METHOD.matcher(text.substring(0, at));
        String name = null;
        List<String> parameters = List.of();
        while (method.find()) {
            name = method.group(1);
            parameters = Stream.of(method.group(2).split(",")).map(String::strip).filter(p -> !p.isEmpty())
                    .map(p -> p.substring(p.lastIndexOf(' ') + 1)).toList();
        }
        int index = parameters.indexOf(parameter);
        Set<String> actions = new TreeSet<>();
        if (index < 0) {
            return actions;
        }
        Pattern call = Pattern.compile("(?<![\\w.])" + name + "\\(");
        files.forEach((other, otherText) -> {
            if (!other.getParent().equals(file.getParent())) {
                return;
            }
            Matcher calls = call.matcher(otherText);
            while (calls.find()) {
                List<String> arguments = arguments(otherText, calls.end());
                if (arguments.size() > index && arguments.get(index).matches("\"[A-Z_]+\"|.*\\?\\s*\"[A-Z_]+\"\\s*:\\s*\"[A-Z_]+\"")) {
                    actions.addAll(literals(arguments.get(index)));
                }
            }
        });
        return actions;
    }

    private static Set<String> literals(String argument) {
        return ACTION_LITERAL.matcher(argument).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < text.length() && depth > 0; i++) {
            char c = text.charAt(i);
            boolean quoteCharacter = text.charAt(i - 1) == '\'' && text.charAt(i + 1) == '\'';
            if (c == '"' && text.charAt(i - 1) != '\\' && !quoteCharacter) {
                inString = !inString;
            } else if (!inString && "([{".indexOf(c) >= 0) {
                depth++;
            } else if (!inString && ")]}".indexOf(c) >= 0) {
                depth--;
            } else if (!inString && depth == 1 && c == ',') {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            if (depth > 0) {
                current.append(c);
            }
        }
        arguments.add(current.toString().strip());
        return arguments;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
