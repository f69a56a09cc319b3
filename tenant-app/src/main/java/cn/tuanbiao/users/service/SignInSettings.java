package cn.tuanbiao.users.service;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How many failed sign-ins lock a sign-in name, and for how long. */
@ConfigurationProperties("tuanbiao.sign-in")
public record SignInSettings(int maxFailures, int lockMinutes) {
}
