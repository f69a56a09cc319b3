package cn.tuanbiao.shared.domain;

/** The caller has no role that allows this, in this organization. Says so without revealing what exists. */
public class AccessDeniedException extends RuntimeException {

    private final String messageKey;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
