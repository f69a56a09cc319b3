package cn.tuanbiao.patents.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A declared patent that the standard may need (PART-4): which, whose, on what licensing terms,
 * declared by whom; for a refusal, the decision recorded about it.
 */
public record PatentDeclaration(UUID id, UUID standard, String standardTitle, String patentNumber, String patentTitle,
                                String holder, PatentLicensing licensing, String declarantName, String declarantContact,
                                Instant declaredAt, String refusalDecision, Instant refusalDecidedAt) {

    /** A refusal nobody has decided about yet: it blocks approval. */
    public boolean blocksApproval() {
        return licensing == PatentLicensing.REFUSE && refusalDecision == null;
    }
}
