package cn.tuanbiao.users.service;

import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.PersonStatus;
import cn.tuanbiao.users.persistence.SignInThrottleStore;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserMapper;
import cn.tuanbiao.users.persistence.UserRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a sign-in name and password: one path for the UI's form and the API's
 * {@code POST /login}. Failed attempts are counted per name typed; after
 * {@code max-failures} in a row the name is locked for {@code lock-minutes}, whether or not
 * the account exists, so an attacker learns nothing and guesses slowly.
 */
@Singleton
public class SignInService {

    private final Transactions transactions;
    private final UserRepository users;
    private final SignInThrottleStore throttle;
    private final PasswordHasher hasher;
    private final SignInSettings settings;
    private final Clock clock;

    public SignInService(Transactions transactions, UserRepository users, SignInThrottleStore throttle,
                         PasswordHasher hasher, SignInSettings settings, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.throttle = throttle;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    public SignInResult signIn(String loginName, String password) {
        String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || password == null || password.isEmpty()) {
            return new SignInResult.Refused("signIn.missing");
        }
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = transactions.readOnPlatform(() -> throttle.lockedUntil(name))
                .filter(now::isBefore);
        if (lockedUntil.isPresent()) {
            return locked(now, lockedUntil.get());
        }
        Optional<UserEntity> user = transactions.readOnPlatform(() -> users.findByEmail(name));
        // The hash is checked outside any transaction: it is slow on purpose, and holds no connection.
        boolean passwordMatches = hasher.matches(password, user.map(UserEntity::passwordHash).orElse(null));
        if (passwordMatches && user.get().status().equals(PersonStatus.ACTIVE.name())) {
            transactions.onPlatform(() -> {
                throttle.clear(name);
                return null;
            });
            return new SignInResult.SignedIn(UserMapper.toDomain(user.get()));
        }
        return recordFailure(name, now);
    }

    private SignInResult recordFailure(String name, Instant now) {
        Instant windowStart = now.minus(Duration.ofMinutes(settings.lockMinutes()));
        return transactions.onPlatform(() -> {
            int failures = throttle.recordFailure(name, now, windowStart);
            if (failures >= settings.maxFailures()) {
                Instant until = now.plus(Duration.ofMinutes(settings.lockMinutes()));
                throttle.lock(name, until);
                return locked(now, until);
            }
            return new SignInResult.Refused("signIn.badCredentials");
        });
    }

    private static SignInResult locked(Instant now, Instant until) {
        long minutes = Math.max(1, Duration.between(now, until).toSeconds() / 60 + 1);
        return new SignInResult.Refused("signIn.locked", java.util.List.of(minutes));
    }
}
