package cn.tuanbiao.organizations.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** Links between organizations: alliance members, innovation-base centres. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganizationLinkRepository extends CrudRepository<OrganizationLinkEntity, UUID> {

    boolean existsByParentIdAndChildIdAndLinkKindAndLeftOnIsNull(UUID parentId, UUID childId, String linkKind);

    Optional<OrganizationLinkEntity> findByParentIdAndChildIdAndLinkKindAndLeftOnIsNull(UUID parentId, UUID childId,
                                                                                         String linkKind);
}
