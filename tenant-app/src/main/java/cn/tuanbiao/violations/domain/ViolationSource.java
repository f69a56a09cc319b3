package cn.tuanbiao.violations.domain;

import java.util.UUID;

/**
 * Where a case came from: a referral (its id), a random inspection (the draw's id) or neither, with a
 * label for people ({@code 投诉转办 ZJZZ申〔2026〕3号}).
 */
public record ViolationSource(SourceKind kind, UUID referral, UUID inspectionDraw, String label) {

    public static final ViolationSource OTHER = new ViolationSource(SourceKind.OTHER, null, null, null);

    /** The source's id: the referral's or the draw's, null for OTHER. */
    public UUID id() {
        return referral != null ? referral : inspectionDraw;
    }
}
