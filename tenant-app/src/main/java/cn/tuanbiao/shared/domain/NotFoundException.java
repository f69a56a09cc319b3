package cn.tuanbiao.shared.domain;

/** Nothing by that id is visible to the caller (it may not exist, or belong to another organization). */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
