package cn.tuanbiao.shared.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Routes the paths Micronaut serves to Micronaut's servlet; every other path belongs to the
 * Vaadin UI, mapped to {@code /*}. Servlet path matching prefers exact and longer-prefix
 * mappings, so these win over the UI's catch-all.
 */
@Prototype
@Replaces(MicronautServletInitializer.class)
class PlatformServletInitializer extends MicronautServletInitializer {

    static final List<String> MICRONAUT_PATHS = List.of(
            "/login", "/logout", "/oauth/*", "/health", "/health/*", "/metrics", "/metrics/*",
            "/swagger/*");

    @Inject
    PlatformServletInitializer(ApplicationContext applicationContext) {
        super(applicationContext);
        MICRONAUT_PATHS.forEach(this::addMicronautServletMapping);
    }
}
