package cn.tuanbiao.registry.national.database;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the registry's own database lives and which roles it uses (TUANBIAO_REGISTRY_DB_*, see
 * application.yml). Three roles, three jobs: an administrator that may create the other two and
 * the database when they are missing, an owner that runs the migrations and owns every object, and
 * the application role the service answers on, which owns nothing.
 */
@ConfigurationProperties("tuanbiao.registry.database")
public record RegistryDatabaseSettings(
        String host,
        int port,
        String name,
        String adminUser,
        String adminPassword,
        String ownerUser,
        String ownerPassword,
        String appUser,
        String appPassword,
        boolean bootstrap) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl() {
        return jdbcUrl(name);
    }
}
