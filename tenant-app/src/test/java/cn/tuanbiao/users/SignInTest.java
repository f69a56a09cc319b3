package cn.tuanbiao.users;

import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.users.service.SignInResult;
import cn.tuanbiao.users.service.SignInService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in: Argon2id hashes, and failed attempts slow an attacker down without saying whether an account exists. */
class SignInTest extends PlatformTest {

    @Inject
    SignInService signIn;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;

    @Test
    void the_right_password_signs_in_whatever_case_the_email_is_typed_in() {
        String email = "wang.min." + Fixtures.suffix() + "@example.cn";
        fixtures.person(email, "王敏");

        SignInResult result = signIn.signIn("  " + email.toUpperCase() + " ", Fixtures.PASSWORD);

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class,
                s -> assertThat(s.person().displayName()).isEqualTo("王敏"));
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() {
        String email = "li.lei." + Fixtures.suffix() + "@example.cn";
        fixtures.person(email, "李雷");

        assertThat(signIn.signIn(email, "not-the-password")).isEqualTo(signIn.signIn("nobody-" + email, "x"))
                .isInstanceOfSatisfying(SignInResult.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("signIn.badCredentials"));
    }

    @Test
    void five_failures_lock_the_name_even_for_the_right_password_until_the_lock_expires() {
        String email = "han.mei." + Fixtures.suffix() + "@example.cn";
        fixtures.person(email, "韩梅");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn.signIn(email, "guess-" + i)).isInstanceOf(SignInResult.Refused.class);
        }

        SignInResult fifth = signIn.signIn(email, "guess-5");
        SignInResult rightButLocked = signIn.signIn(email, Fixtures.PASSWORD);

        assertThat(fifth).isInstanceOfSatisfying(SignInResult.Refused.class,
                r -> assertThat(r.messageKey()).isEqualTo("signIn.locked"));
        assertThat(rightButLocked).isInstanceOfSatisfying(SignInResult.Refused.class,
                r -> assertThat(r.messageKey()).isEqualTo("signIn.locked"));

        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn.signIn(email, Fixtures.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void unknown_names_are_locked_too_so_probing_them_is_as_slow() {
        String unknown = "ghost." + Fixtures.suffix() + "@example.cn";
        for (int i = 0; i < 5; i++) {
            signIn.signIn(unknown, "guess-" + i);
        }

        assertThat(signIn.signIn(unknown, "guess-6")).isInstanceOfSatisfying(SignInResult.Refused.class,
                r -> assertThat(r.messageKey()).isEqualTo("signIn.locked"));
    }

    @Test
    void a_success_clears_earlier_failures() {
        String email = "zhou.jie." + Fixtures.suffix() + "@example.cn";
        fixtures.person(email, "周杰");
        for (int i = 0; i < 4; i++) {
            signIn.signIn(email, "guess-" + i);
        }
        assertThat(signIn.signIn(email, Fixtures.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);

        for (int i = 0; i < 4; i++) {
            signIn.signIn(email, "again-" + i);
        }
        assertThat(signIn.signIn(email, Fixtures.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }
}
