package cn.tuanbiao.comments.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment on a draft as recorded, with its number in the resolution table and, once the working
 * group has answered it, its disposition and reason (PART-1). A public comment has no member but
 * the e-mail address its author verified. {@code attachment} is the document that came with it, if any.
 */
public record DraftComment(UUID id, UUID standard, int number, String clause, CommentType type, String comment,
                           String proposedChange, UUID member, String commenterName, String commenterUnit,
                           String publicEmail, Instant submittedAt, Disposition disposition,
                           String dispositionReason, String disposedByName, Instant disposedAt,
                           UUID attachment) {

    public DraftComment withAttachment(UUID document) {
        return new DraftComment(id, standard, number, clause, type, comment, proposedChange, member, commenterName,
                commenterUnit, publicEmail, submittedAt, disposition, dispositionReason, disposedByName, disposedAt,
                document);
    }

    public boolean isPublic() {
        return member == null;
    }

    public boolean isDisposed() {
        return disposition != null;
    }

    /** The address as shown to the organization's members: enough to tell commenters apart, not to write to them. */
    public String maskedEmail() {
        if (publicEmail == null) {
            return null;
        }
        int at = publicEmail.indexOf('@');
        return publicEmail.charAt(0) + "***" + publicEmail.substring(at);
    }
}
