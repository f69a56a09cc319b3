package cn.tuanbiao.users.service;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Creates the first platform operator from the environment on a new installation. */
@Singleton
@Requires(property = "tuanbiao.operator.email", pattern = ".+")
class FirstOperator {

    private final PlatformOperators operators;
    private final String email;
    private final String password;

    FirstOperator(PlatformOperators operators, @Value("${tuanbiao.operator.email}") String email,
                  @Value("${tuanbiao.operator.password}") String password) {
        this.operators = operators;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        operators.ensureOperator(email, "平台运营", password);
    }
}
