package cn.tuanbiao;

import io.micronaut.runtime.Micronaut;

/** Starts the whole platform: the organization workspace, the registry sync and the admin console in one server. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("prod")
                .start();
    }
}
