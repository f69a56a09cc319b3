package cn.tuanbiao.standards.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.standards.domain.Amendment;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.standards.persistence.AmendmentStore;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Amendments (修改单) to published standards (LC-1): the secretariat publishes one, under the
 * decision body's decision, with its text; the standard keeps its number and gains the amendment.
 */
@Singleton
public class StandardAmendments {

    private final AccessControl access;
    private final StandardLookup standards;
    private final AmendmentStore amendments;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final StandardService lifecycle;
    private final List<StepFollowUp> followUps;
    private final Clock clock;

    public StandardAmendments(AccessControl access, StandardLookup standards, AmendmentStore amendments,
                              DocumentService documents, AuditTrail audit, StandardService lifecycle,
                              List<StepFollowUp> followUps, Clock clock) {
        this.followUps = List.copyOf(followUps);
        this.access = access;
        this.standards = standards;
        this.amendments = amendments;
        this.documents = documents;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Amendment publish(PersonId caller, TenantId tenant, StandardId id, AmendmentDraft draft, CheckedFile text) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT);
            StandardProject standard = standards.lock(tenant, id);
            if (standard.stage() != Stage.PUBLISHED) {
                throw new LifecycleRefusal("LC-1", "amendments.onlyPublished");
            }
            int sequence = amendments.nextSequence(id.value());
            // Validated before the text is stored, so that bad input stores nothing.
            Amendment checked = draft.validate(id.value(), sequence, standard.publication(), lifecycle.today());
            DocumentVersion document = documents.addVersion(tenant, caller, StandardService.SUBJECT, id.value(),
                    DocumentKind.AMENDMENT, "第" + sequence + "号修改单", text);
            Amendment amendment = checked.withDocument(document.document().value());
            amendments.insert(tenant, amendment, caller, clock.instant());
            Map<String, String> details = Map.of("amendment", amendment.label(standard.publication().number()),
                    "decision", amendment.decisionReference(), "publishedOn", amendment.publishedOn().toString());
            audit.record(new AuditEntry(tenant, caller, StandardService.SUBJECT, id.value(), "AMENDED", null, details));
            // What hangs on an amendment (its self-declaration event, PUB-1) happens in this transaction.
            Step amended = new Step(standard, "AMENDED", details);
            followUps.forEach(followUp -> followUp.stepTaken(actor, amended));
            return amendment;
        });
    }

    public List<Amendment> of(PersonId caller, TenantId tenant, StandardId id) {
        return access.readIn(caller, tenant, actor -> amendments.of(id.value()));
    }
}
