package cn.tuanbiao.tenancy;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the platform's database lives and which roles it uses (see the README for the
 * environment variables). Three roles, three jobs: an administrator that may create the
 * other two and the database when they are missing, an owner that runs the migrations and
 * owns every object, and the application role that owns nothing and cannot bypass
 * row-level security.
 */
@ConfigurationProperties("tuanbiao.database")
public record DatabaseSettings(
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
