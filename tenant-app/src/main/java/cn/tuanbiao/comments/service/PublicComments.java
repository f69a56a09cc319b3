package cn.tuanbiao.comments.service;

import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentWindow;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.persistence.CommentStore;
import cn.tuanbiao.comments.persistence.VerificationStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.shared.service.OneTimeCodes;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.EmailAddress;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Comments from the public on a draft whose comment period is public (PART-1, LC-2): no account and
 * no captcha, but an e-mail address proven with a one-time code, and rate limits per address and
 * per network address. A proven address may comment for a while without a new code.
 */
@Singleton
public class PublicComments {

    /** Who the audit trail names for a comment from the public; the address is in the event's details. */
    public static final PersonId THE_PUBLIC = new PersonId(new UUID(0, 0));
    static final Duration CODE_VALID_FOR = Duration.ofMinutes(30);
    static final Duration PROVEN_FOR = Duration.ofHours(2);
    static final int MAX_WRONG_CODES = 5;
    static final int CODES_PER_ADDRESS_PER_HOUR = 5;
    static final int CODES_PER_NETWORK_ADDRESS_PER_HOUR = 30;
    static final int COMMENTS_PER_ADDRESS_PER_DAY = 50;

    private final Transactions transactions;
    private final StandardLookup standards;
    private final VerificationStore verifications;
    private final CommentStore comments;
    private final CommentInput input;
    private final CommentService audit;
    private final Notifications notifications;
    private final PatentRegister patents;
    private final Clock clock;

    public PublicComments(Transactions transactions, StandardLookup standards, VerificationStore verifications,
                          CommentStore comments, CommentInput input, CommentService audit, Notifications notifications,
                          PatentRegister patents, Clock clock) {
        this.patents = patents;
        this.transactions = transactions;
        this.standards = standards;
        this.verifications = verifications;
        this.comments = comments;
        this.input = input;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Sends a six-digit code to {@code email} for commenting on the draft, and returns the
     * verification's id, which the commenter hands back with the code.
     */
    public UUID requestCode(PublicOrganization organization, StandardId draft, String email, String requestedFrom) {
        Problems problems = new Problems();
        EmailAddress address = problems.parse("email", email, EmailAddress::parse);
        problems.throwIfAny();
        return transactions.inTenant(organization.id(), () -> {
            StandardProject project = standards.find(organization.id(), draft);
            CommentWindow.requireOpen(project, today(), true);
            Instant now = clock.instant();
            Instant anHourAgo = now.minus(Duration.ofHours(1));
            if (verifications.requestedByEmailSince(address.value(), anHourAgo) >= CODES_PER_ADDRESS_PER_HOUR) {
                throw new InvalidInputException(FieldProblem.of("email", "PART-1", "comments.tooManyCodes",
                        CODES_PER_ADDRESS_PER_HOUR));
            }
            if (verifications.requestedFromSince(requestedFrom, anHourAgo) >= CODES_PER_NETWORK_ADDRESS_PER_HOUR) {
                throw new InvalidInputException(FieldProblem.of("email", "PART-1", "comments.tooManyRequests"));
            }
            UUID id = UUID.randomUUID();
            String code = OneTimeCodes.sixDigits();
            verifications.insert(organization.id(), id, draft.value(), address.value(), OneTimeCodes.hash(id, code), requestedFrom,
                    now, now.plus(CODE_VALID_FOR));
            notifications.email(organization.id(), address.value(), address.value(), NotificationKind.COMMENT_VERIFICATION,
                    Map.of("title", project.subject().titleZh(), "minutes", Long.toString(CODE_VALID_FOR.toMinutes())),
                    "/catalogue/" + organization.code() + "/" + draft.value() + "?verification=" + id + "&code=", code);
            return id;
        });
    }

    /**
     * Proves the address with the code sent to it. A wrong code counts against the verification,
     * and that count is kept even though the attempt is refused.
     */
    public void verify(PublicOrganization organization, UUID verification, String code) {
        String entered = code == null ? "" : code.strip();
        boolean proven = transactions.inTenant(organization.id(), () -> {
            VerificationStore.Verification v = verifications.lock(verification)
                    .orElseThrow(() -> new NotFoundException("comments.verificationNotFound"));
            if (v.verifiedAt() != null) {
                return true;
            }
            if (v.attempts() >= MAX_WRONG_CODES || clock.instant().isAfter(v.expiresAt())) {
                throw new InvalidInputException(FieldProblem.of("code", "PART-1", "comments.codeExpired"));
            }
            if (!OneTimeCodes.matches(verification, entered, v.codeSha256())) {
                verifications.countAttempt(verification);
                return false;
            }
            verifications.markVerified(verification, clock.instant());
            return true;
        });
        if (!proven) {
            throw new InvalidInputException(FieldProblem.of("code", "PART-1", "comments.codeWrong"));
        }
    }

    /** A comment from a proven address on the draft it was proven for, numbered with the members' comments. */
    public DraftComment comment(PublicOrganization organization, UUID verification, String name, CommentDraft draft) {
        Problems problems = new Problems();
        String commenter = problems.required("name", name, 100);
        problems.throwIfAny();
        CommentDraft clean = input.validated(draft);
        return transactions.inTenant(organization.id(), () -> {
            VerificationStore.Verification v = proven(verification);
            Instant now = clock.instant();
            if (comments.publicCommentsSince(v.email(), now.minus(Duration.ofDays(1))) >= COMMENTS_PER_ADDRESS_PER_DAY) {
                throw new InvalidInputException(FieldProblem.of("comment", "PART-1", "comments.tooManyComments",
                        COMMENTS_PER_ADDRESS_PER_DAY));
            }
            StandardProject project = standards.lock(organization.id(), new StandardId(v.standard()));
            CommentWindow.requireOpen(project, today(), true);
            DraftComment comment = new DraftComment(UUID.randomUUID(), v.standard(), comments.nextNumber(v.standard()),
                    clean.clause(), clean.type(), clean.comment(), clean.proposedChange(), null, commenter,
                    clean.unit(), v.email(), now, null, null, null, null, null);
            comments.insert(organization.id(), comment);
            audit.recordSubmitted(organization.id(), THE_PUBLIC, comment);
            return comment;
        });
    }

    /**
     * A patent declaration from a proven address on the draft it was proven for (PART-4: anyone can
     * declare a patent the standard may need), while the draft is open for public comment.
     */
    public PatentDeclaration declarePatent(PublicOrganization organization, UUID verification, DeclarationDraft draft) {
        return transactions.inTenant(organization.id(), () -> {
            VerificationStore.Verification v = proven(verification);
            StandardProject project = standards.lock(organization.id(), new StandardId(v.standard()));
            CommentWindow.requireOpen(project, today(), true);
            return patents.declareFromThePublic(organization.id(), project.id(), draft, v.email(), THE_PUBLIC);
        });
    }

    private VerificationStore.Verification proven(UUID verification) {
        return verifications.lock(verification)
                .filter(found -> found.verifiedAt() != null
                        && clock.instant().isBefore(found.verifiedAt().plus(PROVEN_FOR)))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("email", "PART-1",
                        "comments.emailNotProven")));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }
}
