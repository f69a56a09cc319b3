package cn.tuanbiao.registry.national.reconciliation;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

/**
 * A deployment's organizations, standards, good-practice statements and violations in one key order (a credit code sorts before its
 * standards' keys, {@code {creditCode}:…}), paged by key so that pages stay stable while events arrive.
 */
@Singleton
class Digests {

    static final int DEFAULT_LIMIT = 100;
    static final int LARGEST_LIMIT = 1000;

    private final DSLContext dsl;

    Digests(DSLContext dsl) {
        this.dsl = dsl;
    }

    DigestPage page(UUID deploymentId, String after, int limit) {
        List<Digest> rows = dsl.resultQuery("""
                        select * from (
                            select 'ORGANIZATION' subject, credit_code::text k, last_sequence, content_hash
                            from organizations where deployment_id = ? and credit_code::text > ? collate "C"
                            union all
                            select 'STANDARD', standard_key, last_sequence, content_hash
                            from standards where deployment_id = ? and standard_key > ? collate "C"
                            union all
                            select 'STATEMENT', statement_key, last_sequence, content_hash
                            from statements where deployment_id = ? and statement_key > ? collate "C"
                            union all
                            select 'VIOLATION', violation_key, last_sequence, content_hash
                            from violations where deployment_id = ? and violation_key > ? collate "C"
                        ) digests order by k collate "C" limit ?""",
                        deploymentId, after, deploymentId, after, deploymentId, after, deploymentId, after, limit + 1)
                .fetch(row -> new Digest(row.get(0, String.class), row.get(1, String.class), row.get(2, Integer.class),
                        row.get(3, String.class)));
        boolean more = rows.size() > limit;
        List<Digest> page = more ? rows.subList(0, limit) : rows;
        return new DigestPage(List.copyOf(page), more ? page.get(page.size() - 1).key() : null);
    }
}
