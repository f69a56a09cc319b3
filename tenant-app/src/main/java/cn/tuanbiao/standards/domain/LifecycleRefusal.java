package cn.tuanbiao.standards.domain;

import java.util.List;

/**
 * A lifecycle step refused because its rule is unmet. Carries the requirement it enforces
 * (e.g. {@code LC-2}) and a message key whose zh-CN and English texts cite that requirement,
 * so the UI and the API say which rule stopped the project, and why.
 */
public class LifecycleRefusal extends RuntimeException {

    private final String requirement;
    private final String messageKey;
    private final List<Object> arguments;

    public LifecycleRefusal(String requirement, String messageKey, Object... arguments) {
        super(requirement + " " + messageKey + " " + List.of(arguments));
        this.requirement = requirement;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String requirement() {
        return requirement;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
