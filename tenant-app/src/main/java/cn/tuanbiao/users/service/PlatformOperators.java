package cn.tuanbiao.users.service;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.EmailAddress;
import cn.tuanbiao.users.domain.Password;
import cn.tuanbiao.users.domain.PersonStatus;
import cn.tuanbiao.users.domain.PlatformRole;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * The platform operator's own account. Someone has to exist before anyone can be invited:
 * on a new installation, {@code TUANBIAO_OPERATOR_EMAIL} and {@code TUANBIAO_OPERATOR_PASSWORD}
 * create the first operator at start-up (see {@code FirstOperator}).
 */
@Singleton
public class PlatformOperators {

    private final Transactions transactions;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PlatformOperators(Transactions transactions, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates the operator unless an account with that e-mail exists; returns the account either way. */
    public PersonId ensureOperator(String email, String displayName, String password) {
        EmailAddress address = EmailAddress.parse(email);
        return transactions.onPlatform(() -> users.findByEmail(address.value())
                .map(u -> new PersonId(u.id()))
                .orElseGet(() -> new PersonId(users.save(new UserEntity(UUID.randomUUID(), address.value(), displayName,
                        hasher.hash(Password.check(password)), PlatformRole.OPERATOR.name(),
                        PersonStatus.ACTIVE.name(), "zh-CN", clock.instant())).id())));
    }
}
