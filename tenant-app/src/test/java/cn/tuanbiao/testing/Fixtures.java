package cn.tuanbiao.testing;

import cn.tuanbiao.organizations.domain.CreditCode;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.PasswordHasher;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Builds realistic test data in one line each, through the platform's own services where they exist. */
@Singleton
public class Fixtures {

    public static final String PASSWORD = "Test-passw0rd";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrganizationOnboarding onboarding;
    private final UserRepository users;
    private final MembershipStore memberships;
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private String passwordHash;
    private PersonId operator;
    private String operatorEmail;

    public Fixtures(OrganizationOnboarding onboarding, UserRepository users, MembershipStore memberships,
                    Transactions transactions, PasswordHasher hasher) {
        this.onboarding = onboarding;
        this.users = users;
        this.memberships = memberships;
        this.transactions = transactions;
        this.hasher = hasher;
    }

    public synchronized PersonId operator() {
        if (operator == null) {
            operatorEmail = "operator-" + suffix() + "@tuanbiao.test";
            operator = person(operatorEmail, "平台运营", "OPERATOR");
        }
        return operator;
    }

    /** The operator's sign-in name (password {@link #PASSWORD}). */
    public synchronized String operatorEmail() {
        operator();
        return operatorEmail;
    }

    /** A person who can sign in with {@link #PASSWORD} and belongs to no organization yet. */
    public PersonId person(String email, String name) {
        return person(email, name, null);
    }

    /** An association onboarded by the operator, with a unique code and a valid credit code. */
    public TenantId association(String nameZh) {
        return onboarding.onboard(operator(), aProfile("ASSOCIATION", nameZh)).id();
    }

    /** A person with {@code roles} in {@code organization}. */
    public PersonId memberOf(TenantId organization, OrganizationRole... roles) {
        PersonId person = person("member-" + suffix() + "@tuanbiao.test", "成员" + suffix());
        join(person, organization, roles);
        return person;
    }

    public void join(PersonId person, TenantId organization, OrganizationRole... roles) {
        transactions.inTenant(organization, () -> {
            memberships.insert(organization, person, EnumSet.copyOf(List.of(roles)), null, Instant.now());
            return null;
        });
    }

    public static OrganizationProfile aProfile(String kind, String nameZh) {
        return new OrganizationProfile(kind, nameZh, "Test Association", "T" + suffix().toUpperCase(),
                aCreditCode(), "浙江省民政厅", "开展团体标准制定、宣贯和技术咨询服务", "330100", "C38",
                "王敏", "0571-88886666", "contact@example.cn");
    }

    /** A random unified social credit code of a social organization, with a correct check digit. */
    public static String aCreditCode() {
        StringBuilder code = new StringBuilder("51330000");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private PersonId person(String email, String name, String platformRole) {
        return transactions.onPlatform(() -> {
            UserEntity saved = users.save(new UserEntity(UUID.randomUUID(), email, name, passwordHash(), platformRole,
                    "ACTIVE", "zh-CN", Instant.now()));
            return new PersonId(saved.id());
        });
    }

    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        return passwordHash;
    }
}
