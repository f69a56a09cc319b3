package cn.tuanbiao.policies.persistence;

import cn.tuanbiao.policies.domain.Policy;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.domain.PolicyVersion;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.BODIES;
import static cn.tuanbiao.jooq.Tables.DOCUMENT_VERSIONS;
import static cn.tuanbiao.jooq.Tables.POLICIES;
import static cn.tuanbiao.jooq.Tables.POLICY_VERSIONS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Policies and their adopted versions in the transaction's tenant. */
@Singleton
public class PolicyStore {

    private final DSLContext db;

    public PolicyStore(DSLContext db) {
        this.db = db;
    }

    /** The policy's id and current version, locked so that two adoptions number their versions in turn. */
    public Optional<Locked> lock(PolicyTopic topic, String title) {
        return db.select(POLICIES.ID, POLICIES.CURRENT_VERSION).from(POLICIES)
                .where(POLICIES.TOPIC.eq(topic.name()), POLICIES.TITLE.eq(title))
                .forUpdate()
                .fetchOptional(r -> new Locked(r.value1(), r.value2()));
    }

    public void create(TenantId tenant, UUID id, PolicyTopic topic, String title, Instant now) {
        db.insertInto(POLICIES)
                .set(POLICIES.TENANT_ID, tenant.value()).set(POLICIES.ID, id)
                .set(POLICIES.TOPIC, topic.name()).set(POLICIES.TITLE, title)
                .set(POLICIES.CURRENT_VERSION, 0)
                .set(POLICIES.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    public void addVersion(TenantId tenant, UUID policy, int version, UUID documentId, int documentVersion,
                           PolicyAdoption.Valid adoption, PersonId by, Instant now) {
        db.insertInto(POLICY_VERSIONS)
                .set(POLICY_VERSIONS.TENANT_ID, tenant.value()).set(POLICY_VERSIONS.POLICY_ID, policy)
                .set(POLICY_VERSIONS.VERSION, version)
                .set(POLICY_VERSIONS.DOCUMENT_ID, documentId).set(POLICY_VERSIONS.DOCUMENT_VERSION, documentVersion)
                .set(POLICY_VERSIONS.ADOPTED_BY_BODY, adoption.adoptedByBody())
                .set(POLICY_VERSIONS.ADOPTED_ON, adoption.adoptedOn())
                .set(POLICY_VERSIONS.DECISION_REFERENCE, adoption.decisionReference())
                .set(POLICY_VERSIONS.IN_FORCE_FROM, adoption.inForceFrom())
                .set(POLICY_VERSIONS.RECORDED_BY, by.value())
                .set(POLICY_VERSIONS.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
        db.update(POLICIES).set(POLICIES.CURRENT_VERSION, version).where(POLICIES.ID.eq(policy)).execute();
    }

    /** The policies with their current versions, by topic and title. */
    public Page<Policy> list(PolicyTopic topic, PageRequest page) {
        var where = topic == null ? DSL.noCondition() : POLICIES.TOPIC.eq(topic.name());
        int total = db.fetchCount(POLICIES, where.and(POLICIES.CURRENT_VERSION.gt(0)));
        List<Policy> items = versions()
                .where(where.and(POLICIES.CURRENT_VERSION.eq(POLICY_VERSIONS.VERSION)))
                .orderBy(POLICIES.TOPIC, POLICIES.TITLE)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new Policy(r.get(POLICIES.ID), PolicyTopic.valueOf(r.get(POLICIES.TOPIC)), r.get(POLICIES.TITLE),
                        toVersion(r)));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public PolicyVersion version(UUID policy, int version) {
        return versions().where(POLICY_VERSIONS.POLICY_ID.eq(policy), POLICY_VERSIONS.VERSION.eq(version))
                .fetchOne(PolicyStore::toVersion);
    }

    /** Every adopted version of a policy, newest first. */
    public List<PolicyVersion> history(UUID policy) {
        return versions().where(POLICY_VERSIONS.POLICY_ID.eq(policy)).orderBy(POLICY_VERSIONS.VERSION.desc())
                .limit(500).fetch(PolicyStore::toVersion);
    }

    private org.jooq.SelectOnConditionStep<Record> versions() {
        return db.select(POLICY_VERSIONS.fields()).select(BODIES.NAME_ZH, USERS.DISPLAY_NAME, DOCUMENT_VERSIONS.FILE_NAME)
                .select(POLICIES.fields())
                .from(POLICY_VERSIONS)
                .join(POLICIES).on(POLICIES.TENANT_ID.eq(POLICY_VERSIONS.TENANT_ID), POLICIES.ID.eq(POLICY_VERSIONS.POLICY_ID))
                .join(BODIES).on(BODIES.TENANT_ID.eq(POLICY_VERSIONS.TENANT_ID), BODIES.ID.eq(POLICY_VERSIONS.ADOPTED_BY_BODY))
                .join(DOCUMENT_VERSIONS).on(DOCUMENT_VERSIONS.TENANT_ID.eq(POLICY_VERSIONS.TENANT_ID),
                        DOCUMENT_VERSIONS.DOCUMENT_ID.eq(POLICY_VERSIONS.DOCUMENT_ID),
                        DOCUMENT_VERSIONS.VERSION.eq(POLICY_VERSIONS.DOCUMENT_VERSION))
                .leftJoin(USERS).on(USERS.ID.eq(POLICY_VERSIONS.RECORDED_BY));
    }

    private static PolicyVersion toVersion(Record r) {
        return new PolicyVersion(r.get(POLICY_VERSIONS.POLICY_ID), r.get(POLICY_VERSIONS.VERSION),
                r.get(POLICY_VERSIONS.DOCUMENT_ID), r.get(POLICY_VERSIONS.DOCUMENT_VERSION), r.get(DOCUMENT_VERSIONS.FILE_NAME),
                r.get(POLICY_VERSIONS.ADOPTED_BY_BODY), r.get(BODIES.NAME_ZH), r.get(POLICY_VERSIONS.ADOPTED_ON),
                r.get(POLICY_VERSIONS.DECISION_REFERENCE), r.get(POLICY_VERSIONS.IN_FORCE_FROM), r.get(USERS.DISPLAY_NAME),
                r.get(POLICY_VERSIONS.RECORDED_AT).toInstant());
    }

    public record Locked(UUID id, int currentVersion) {
    }
}
