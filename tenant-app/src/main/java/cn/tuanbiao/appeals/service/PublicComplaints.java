package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.Complainant;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.persistence.CaseStore;
import cn.tuanbiao.appeals.persistence.ComplaintVerificationStore;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.shared.service.OneTimeCodes;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.EmailAddress;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Complaints and reports from the public (PART-6; 003 §9 "任何单位或者个人有权…投诉和举报"), as
 * public comments work (PART-1): no account and no captcha, but an e-mail address proven with a
 * one-time code, and rate limits per address and network address. A report may be anonymous to the
 * organization; the platform keeps the proven address. The receipt e-mail carries a key to the
 * case's public page, where the complainant follows the case and may escalate it.
 */
@Singleton
public class PublicComplaints {

    static final Duration CODE_VALID_FOR = Duration.ofMinutes(30);
    static final Duration PROVEN_FOR = Duration.ofHours(2);
    static final int MAX_WRONG_CODES = 5;
    static final int CODES_PER_ADDRESS_PER_HOUR = 5;
    static final int CODES_PER_NETWORK_ADDRESS_PER_HOUR = 30;
    static final int COMPLAINTS_PER_ADDRESS_PER_DAY = 5;

    private final Transactions transactions;
    private final ComplaintVerificationStore verifications;
    private final CaseStore cases;
    private final CaseService caseService;
    private final ReferralChannel channel;
    private final CaseNotices notices;
    private final Notifications notifications;
    private final Clock clock;

    public PublicComplaints(Transactions transactions, ComplaintVerificationStore verifications, CaseStore cases,
                            CaseService caseService, ReferralChannel channel, CaseNotices notices,
                            Notifications notifications, Clock clock) {
        this.transactions = transactions;
        this.verifications = verifications;
        this.cases = cases;
        this.caseService = caseService;
        this.channel = channel;
        this.notices = notices;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What a member of the public files: who they are (unless anonymous), then the complaint itself. */
    public record PublicComplaint(String name, String unit, boolean anonymous, String title, String description) {
    }

    /** A complaint received: its number, and the key to its public page (also mailed). */
    public record FiledComplaint(CaseId id, String number, String key) {
    }

    /** Sends a six-digit code to {@code email}; returns the verification's id, handed back with the code. */
    public UUID requestCode(PublicOrganization organization, String email, String requestedFrom) {
        Problems problems = new Problems();
        EmailAddress address = problems.parse("email", email, EmailAddress::parse);
        problems.throwIfAny();
        return transactions.inTenant(organization.id(), () -> {
            Instant now = clock.instant();
            Instant anHourAgo = now.minus(Duration.ofHours(1));
            if (verifications.requestedByEmailSince(address.value(), anHourAgo) >= CODES_PER_ADDRESS_PER_HOUR) {
                throw new InvalidInputException(FieldProblem.of("email", Case.REQUIREMENT, "comments.tooManyCodes",
                        CODES_PER_ADDRESS_PER_HOUR));
            }
            if (verifications.requestedFromSince(requestedFrom, anHourAgo) >= CODES_PER_NETWORK_ADDRESS_PER_HOUR) {
                throw new InvalidInputException(FieldProblem.of("email", Case.REQUIREMENT, "comments.tooManyRequests"));
            }
            UUID id = UUID.randomUUID();
            String code = OneTimeCodes.sixDigits();
            verifications.insert(organization.id(), id, address.value(), OneTimeCodes.hash(id, code), requestedFrom,
                    now, now.plus(CODE_VALID_FOR));
            notifications.email(organization.id(), address.value(), address.value(),
                    NotificationKind.COMPLAINT_VERIFICATION, Map.of("organization", organization.nameZh(),
                            "minutes", Long.toString(CODE_VALID_FOR.toMinutes())),
                    "/catalogue/" + organization.code() + "?complaintVerification=" + id + "&code=", code);
            return id;
        });
    }

    /** Proves the address with the code sent to it; a wrong code counts against the verification. */
    public void verify(PublicOrganization organization, UUID verification, String code) {
        String entered = code == null ? "" : code.strip();
        boolean proven = transactions.inTenant(organization.id(), () -> {
            ComplaintVerificationStore.Verification v = verifications.lock(verification)
                    .orElseThrow(() -> new NotFoundException("comments.verificationNotFound"));
            if (v.verifiedAt() != null) {
                return true;
            }
            if (v.attempts() >= MAX_WRONG_CODES || clock.instant().isAfter(v.expiresAt())) {
                throw new InvalidInputException(FieldProblem.of("code", Case.REQUIREMENT, "comments.codeExpired"));
            }
            if (!OneTimeCodes.matches(verification, entered, v.codeSha256())) {
                verifications.countAttempt(verification);
                return false;
            }
            verifications.markVerified(verification, clock.instant());
            return true;
        });
        if (!proven) {
            throw new InvalidInputException(FieldProblem.of("code", Case.REQUIREMENT, "comments.codeWrong"));
        }
    }

    /**
     * A complaint from a proven address (for two hours after the proof), received like a member's:
     * numbered, with its deadlines, the secretariat told; the complainant gets the receipt with the
     * key to the case's page.
     */
    public FiledComplaint file(PublicOrganization organization, UUID verification, PublicComplaint complaint) {
        Problems problems = new Problems();
        String name = complaint.anonymous() ? problems.optional("name", complaint.name(), 100)
                : problems.required("name", complaint.name(), 100);
        String unit = problems.optional("unit", complaint.unit(), 200);
        CaseFiling valid;
        try {
            valid = new CaseFiling(CaseKind.COMPLAINT, complaint.title(), complaint.description(), null, null, null)
                    .validate();
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            valid = null;
        }
        if (verification == null) {
            problems.add(FieldProblem.of("email", Case.REQUIREMENT, "comments.emailNotProven"));
        }
        problems.throwIfAny();
        CaseFiling filing = valid;
        return transactions.inTenant(organization.id(), () -> {
            ComplaintVerificationStore.Verification v = verifications.lock(verification)
                    .filter(found -> found.verifiedAt() != null
                            && clock.instant().isBefore(found.verifiedAt().plus(PROVEN_FOR)))
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("email", Case.REQUIREMENT,
                            "comments.emailNotProven")));
            if (cases.publicCasesSince(v.email(), clock.instant().minus(Duration.ofDays(1)))
                    >= COMPLAINTS_PER_ADDRESS_PER_DAY) {
                throw new InvalidInputException(FieldProblem.of("description", Case.REQUIREMENT,
                        "cases.tooManyComplaints", COMPLAINTS_PER_ADDRESS_PER_DAY));
            }
            String key = OneTimeCodes.secretKey();
            CaseId id = CaseId.random();
            Case received = caseService.intake(organization.id(), id, PublicComments.THE_PUBLIC, filing,
                    new Complainant(null, complaint.anonymous() ? null : name, v.email(),
                            complaint.anonymous() ? null : unit, complaint.anonymous()),
                    OneTimeCodes.hash(id.value(), key));
            notices.receiptToPublic(organization.id(), received, key);
            return new FiledComplaint(received.id(), received.number(), key);
        });
    }

    /** The case as its public complainant follows it, with the key from the receipt. */
    public Case status(PublicOrganization organization, CaseId id, String key) {
        return transactions.readInTenant(organization.id(), () -> opened(id, key));
    }

    /** The authorities the case may be escalated to, most local first. */
    public List<Authority> authorities(PublicOrganization organization, CaseId id, String key) {
        return transactions.readInTenant(organization.id(), () -> {
            opened(id, key);
            return caseService.authoritiesOver(organization.id());
        });
    }

    /** The public complainant escalates the case to a supervisory authority, as a member would (PART-6). */
    public Case escalate(PublicOrganization organization, CaseId id, String key, TenantId authority, String reason) {
        Referral referral = transactions.inTenant(organization.id(), () -> {
            opened(id, key);
            Case c = cases.lock(id).orElseThrow(CaseService::notFound);
            return caseService.escalation(organization.id(), PublicComments.THE_PUBLIC, c, authority, reason);
        });
        channel.deliver(referral, PublicComments.THE_PUBLIC);
        return status(organization, id, key);
    }

    /** The case, when {@code key} is its public complainant's; nothing is revealed otherwise. */
    private Case opened(CaseId id, String key) {
        return cases.accessTokenSha256(id).filter(stored -> OneTimeCodes.matches(id.value(), key, stored))
                .flatMap(stored -> cases.find(id))
                .orElseThrow(CaseService::notFound);
    }
}
