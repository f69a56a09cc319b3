package cn.tuanbiao.users.service;

import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.EmailAddress;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.domain.Password;
import cn.tuanbiao.users.domain.PersonStatus;
import cn.tuanbiao.users.persistence.InvitationStore;
import cn.tuanbiao.users.persistence.InvitationStore.OpenInvitation;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invitations to an organization: issued by its administrators (or, for the first
 * administrator, by the platform operator), accepted once through a secret link.
 */
@Singleton
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final Transactions transactions;
    private final InvitationStore invitations;
    private final MembershipStore memberships;
    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordHasher hasher;
    private final InvitationMailer mailer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public InvitationService(Transactions transactions, InvitationStore invitations, MembershipStore memberships,
                             UserRepository users, OrganizationRepository organizations, PasswordHasher hasher,
                             InvitationMailer mailer, Clock clock) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.organizations = organizations;
        this.hasher = hasher;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Issues an invitation inside {@code tenant}'s transaction; the caller has checked that
     * {@code inviter} may invite there.
     */
    public IssuedInvitation issue(TenantId tenant, PersonId inviter, String email, String displayName,
                                  Set<OrganizationRole> roles) {
        Problems problems = new Problems();
        EmailAddress address = problems.parse("email", email, EmailAddress::parse);
        String name = problems.required("displayName", displayName, 100);
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "FORMAT", "roles.required"));
        }
        problems.throwIfAny();
        String secret = newSecret();
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        IssuedInvitation issued = new IssuedInvitation(address.value(), tenant + "." + secret, expires);
        transactions.inTenant(tenant, () -> {
            invitations.insert(tenant, UUID.randomUUID(), address.value(), name, EnumSet.copyOf(roles),
                    sha256(secret), inviter, now, expires);
            // The invitee gets the link by e-mail (through the outbox, so only if this commits); the inviter sees it too.
            mailer.invitationIssued(tenant, issued, name, organizations.findById(tenant.value()).orElseThrow().nameZh());
            return null;
        });
        return issued;
    }

    /** What the invitation page shows before the invitee accepts. */
    public InvitationPreview preview(String token) {
        Token parsed = Token.parse(token);
        return transactions.readInTenant(parsed.tenant(), () -> {
            OpenInvitation open = invitations.findOpen(sha256(parsed.secret()), clock.instant())
                    .orElseThrow(() -> new NotFoundException("invitation.notFound"));
            String organization = organizations.findById(parsed.tenant().value()).orElseThrow().nameZh();
            boolean hasAccount = users.findByEmail(open.email())
                    .filter(u -> PersonStatus.ACTIVE.name().equals(u.status())).isPresent();
            return new InvitationPreview(organization, open.email(), open.displayName(), open.roles(), hasAccount);
        });
    }

    /**
     * Accepts: a new person chooses a display name and password; someone who already has an
     * account proves it with their password. Either way they join with the invited roles.
     */
    public PersonId accept(String token, String displayName, String password) {
        Token parsed = Token.parse(token);
        Instant now = clock.instant();
        return transactions.inTenant(parsed.tenant(), () -> {
            OpenInvitation open = invitations.lockOpen(sha256(parsed.secret()), now)
                    .orElseThrow(() -> new NotFoundException("invitation.notFound"));
            Optional<UserEntity> existing = users.findByEmail(open.email());
            UserEntity person;
            if (existing.isPresent() && PersonStatus.ACTIVE.name().equals(existing.get().status())) {
                if (!hasher.matches(password == null ? "" : password, existing.get().passwordHash())) {
                    throw new InvalidInputException(FieldProblem.of("password", "FORMAT", "invitation.wrongPassword"));
                }
                person = existing.get();
            } else {
                Problems problems = new Problems();
                String name = problems.required("displayName", displayName, 100);
                String chosen = problems.parse("password", password, Password::check);
                problems.throwIfAny();
                String hash = hasher.hash(chosen);
                person = existing.map(u -> users.update(u.withDisplayName(name).withPassword(hash, PersonStatus.ACTIVE.name())))
                        .orElseGet(() -> users.save(new UserEntity(UUID.randomUUID(), open.email(), name, hash, null,
                                PersonStatus.ACTIVE.name(), "zh-CN", now)));
            }
            PersonId id = new PersonId(person.id());
            Optional<Set<OrganizationRole>> current = memberships.activeRoles(id);
            if (memberships.exists(id)) {
                Set<OrganizationRole> merged = EnumSet.copyOf(open.roles());
                current.ifPresent(merged::addAll);
                memberships.updateRoles(id, merged);
            } else {
                memberships.insert(parsed.tenant(), id, open.roles(), null, now);
            }
            invitations.markAccepted(open.id(), now);
            return id;
        });
    }

    private String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an invitee sees before accepting. */
    public record InvitationPreview(String organizationName, String email, String displayName,
                                    Set<OrganizationRole> roles, boolean hasAccount) {
    }

    private record Token(TenantId tenant, String secret) {

        static Token parse(String token) {
            int dot = token == null ? -1 : token.indexOf('.');
            if (dot < 0) {
                throw new NotFoundException("invitation.notFound");
            }
            try {
                return new Token(TenantId.of(token.substring(0, dot)), token.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("invitation.notFound");
            }
        }
    }
}
