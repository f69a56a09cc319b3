package cn.tuanbiao.registry.national;

import io.micronaut.runtime.Micronaut;

/**
 * The reference national group-standard registry: a service of its own, with its own database,
 * that receives signed events from deployments (registry-sync/PROTOCOL.md).
 */
public final class NationalRegistry {

    private NationalRegistry() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(NationalRegistry.class)
                .defaultEnvironments("prod")
                .start();
    }
}
