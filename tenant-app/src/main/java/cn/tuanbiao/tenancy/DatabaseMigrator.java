package cn.tuanbiao.tenancy;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Brings the database up to date before the application's pool is handed to anyone:
 * bootstrap the roles and database if asked, then run the Flyway migrations as the owner
 * role. The pool itself connects as the application role, which the migrations grant
 * exactly the privileges it needs.
 */
@Singleton
class DatabaseMigrator implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

    private final DatabaseSettings settings;

    DatabaseMigrator(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        long started = System.nanoTime();
        if (settings.bootstrap()) {
            new DatabaseBootstrap(settings).ensureRolesAndDatabase();
        }
        MigrateResult result = Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.ownerUser(), settings.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", DatabaseBootstrap.identifier(settings.appUser())))
                .load()
                .migrate();
        LOG.info("Database {} ready: {} migrations applied, in {} ms", settings.name(), result.migrationsExecuted,
                (System.nanoTime() - started) / 1_000_000);
        return event.getBean();
    }
}
