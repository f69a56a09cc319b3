package cn.tuanbiao.declarations.ui;

import cn.tuanbiao.declarations.domain.RegistryChange;
import com.vaadin.flow.component.Component;

/** The words beside an event's sync state: its receipt, the registry's reason for refusing it, or its tries so far. */
final class SyncNote {

    private SyncNote() {
    }

    static String of(Component owner, RegistryChange c) {
        return switch (c.state()) {
            case ACCEPTED -> owner.getTranslation("declarations.sync.receipt", c.receipt());
            case REJECTED, DEAD -> (c.errorField() == null ? "" : c.errorField() + owner.getTranslation("punctuation.colon"))
                    + (c.errorMessage() == null ? c.errorCode() : c.errorMessage());
            case SENT -> owner.getTranslation("declarations.sync.tries", c.attempts())
                    + (c.errorMessage() == null ? "" : " · " + c.errorMessage());
            default -> "";
        };
    }
}
