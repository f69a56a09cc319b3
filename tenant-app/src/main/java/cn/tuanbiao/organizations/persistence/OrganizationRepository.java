package cn.tuanbiao.organizations.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** The organizations registry: one row per tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationRepository extends CrudRepository<OrganizationEntity, UUID> {

    boolean existsByCode(String code);

    boolean existsByCreditCode(String creditCode);

    Optional<OrganizationEntity> findByCode(String code);
}
