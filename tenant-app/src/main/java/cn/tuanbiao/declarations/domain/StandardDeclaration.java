package cn.tuanbiao.declarations.domain;

import java.time.Instant;
import java.util.UUID;

/** The organization's declaration on a standard as stored: what it declared and whether it confirmed the commitments. */
public record StandardDeclaration(UUID standardId, DeclarationForm form, UUID confirmedBy, String confirmedByName,
                                  Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
