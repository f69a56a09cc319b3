package cn.tuanbiao.registry.national.database;

import io.micronaut.context.annotation.Context;

import javax.sql.DataSource;

/** Creates the data source (and so migrates the database) at start-up rather than on the first request. */
@Context
class DatabaseReady {

    DatabaseReady(DataSource dataSource) {
        // Nothing to do: asking for the data source runs DatabaseMigrator.
    }
}
