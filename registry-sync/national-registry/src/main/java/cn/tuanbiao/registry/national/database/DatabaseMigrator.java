package cn.tuanbiao.registry.national.database;

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
 * Brings the registry's database up to date before its pool is handed to anyone: roles and
 * database first (when asked), then the migrations of {@code classpath:db/registry} as the owner.
 * The pool connects as the application role, which the migrations grant what it needs.
 */
@Singleton
class DatabaseMigrator implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

    private final RegistryDatabaseSettings settings;

    DatabaseMigrator(RegistryDatabaseSettings settings) {
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
                .locations("classpath:db/registry")
                .placeholders(Map.of("app_role", DatabaseBootstrap.identifier(settings.appUser())))
                .load()
                .migrate();
        LOG.info("Registry database {} ready: {} migrations applied, in {} ms", settings.name(),
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000);
        return event.getBean();
    }
}
