package cn.tuanbiao.policies.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.persistence.BodyStore;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.policies.domain.Policy;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.domain.PolicyVersion;
import cn.tuanbiao.policies.persistence.PolicyStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The organization's policies (ORG-6): the secretariat records each version a decision body
 * adopted, with its text; every member reads the policies in force and their history.
 */
@Singleton
public class PolicyRegister {

    public static final String SUBJECT = "POLICY";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final PolicyStore policies;
    private final BodyStore bodies;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final Clock clock;

    public PolicyRegister(AccessControl access, PolicyStore policies, BodyStore bodies, DocumentService documents,
                          AuditTrail audit, Clock clock) {
        this.access = access;
        this.policies = policies;
        this.bodies = bodies;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a version adopted by a decision body; the first adoption of a topic and title creates the policy. */
    public PolicyVersion adopt(PersonId caller, TenantId tenant, PolicyAdoption adoption, CheckedFile text) {
        PolicyAdoption.Valid valid = adoption.validate(LocalDate.now(clock.withZone(CHINA)));
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            Body body = bodies.find(new BodyId(valid.adoptedByBody()))
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("adoptedByBody", "ORG-6", "bodies.notFound")));
            if (body.kind() != BodyKind.DECISION) {
                throw new InvalidInputException(FieldProblem.of("adoptedByBody", "ORG-6", "policies.notADecisionBody"));
            }
            if (!body.isActive(valid.adoptedOn())) {
                throw new InvalidInputException(FieldProblem.of("adoptedByBody", "ORG-3", "policies.bodyNotActive"));
            }
            Instant now = clock.instant();
            PolicyStore.Locked policy = policies.lock(valid.topic(), valid.title()).orElseGet(() -> {
                policies.create(tenant, UUID.randomUUID(), valid.topic(), valid.title(), now);
                return policies.lock(valid.topic(), valid.title()).orElseThrow();
            });
            DocumentVersion document = documents.addVersion(tenant, caller, SUBJECT, policy.id(), DocumentKind.OTHER,
                    valid.title(), text);
            int version = policy.currentVersion() + 1;
            policies.addVersion(tenant, policy.id(), version, document.document().value(), document.version(), valid,
                    caller, now);
            audit.record(new AuditEntry(tenant, caller, SUBJECT, policy.id(), "POLICY_ADOPTED", null, Map.of(
                    "topic", valid.topic().name(), "title", valid.title(), "version", Integer.toString(version),
                    "body", body.nameZh(), "adoptedOn", valid.adoptedOn().toString(),
                    "decision", valid.decisionReference(), "sha256", text.sha256())));
            return policies.version(policy.id(), version);
        });
    }

    public Page<Policy> list(PersonId caller, TenantId tenant, PolicyTopic topic, PageRequest page) {
        return access.readIn(caller, tenant, actor -> policies.list(topic, page));
    }

    public List<PolicyVersion> history(PersonId caller, TenantId tenant, UUID policy) {
        return access.readIn(caller, tenant, actor -> policies.history(policy));
    }
}
