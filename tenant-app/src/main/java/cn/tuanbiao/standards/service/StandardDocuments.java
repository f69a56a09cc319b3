package cn.tuanbiao.standards.service;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.persistence.StandardStore;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may add a version to a standard's stage documents (LC-5): the secretariat, and the
 * standard's drafters while it is in work. A closed project (withdrawn, replaced, terminated)
 * keeps its documents as they are; the publication notice is issued by the system.
 */
@Singleton
public class StandardDocuments {

    private static final Set<Stage> CLOSED = EnumSet.of(Stage.WITHDRAWN, Stage.REPLACED, Stage.TERMINATED);

    private final AccessControl access;
    private final StandardStore standards;
    private final OrganizationRepository organizations;
    private final DocumentService documents;

    public StandardDocuments(AccessControl access, StandardStore standards, OrganizationRepository organizations,
                             DocumentService documents) {
        this.access = access;
        this.standards = standards;
        this.organizations = organizations;
        this.documents = documents;
    }

    public DocumentVersion attach(PersonId caller, TenantId tenant, StandardId id, DocumentKind kind, String title,
                                  CheckedFile file) {
        return access.actIn(caller, tenant, actor -> {
            OrganizationCode code = organizations.findById(tenant.value()).map(o -> new OrganizationCode(o.code()))
                    .orElseThrow(() -> new NotFoundException("organization.notFound"));
            StandardProject project = standards.find(id, code)
                    .orElseThrow(() -> new NotFoundException("standard.notFound"));
            boolean drafter = project.drafting() != null && project.drafting().drafters().contains(caller);
            boolean proposer = project.proposer().equals(caller);
            if (!drafter && !proposer) {
                actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            }
            if (CLOSED.contains(project.stage())) {
                throw new LifecycleRefusal("LC-5", "documents.projectClosed");
            }
            if (kind == DocumentKind.PUBLICATION_NOTICE) {
                throw new LifecycleRefusal("LC-4", "documents.noticeIssuedBySystem");
            }
            return documents.addVersion(tenant, caller, StandardService.SUBJECT, id.value(), kind, title, file);
        });
    }
}
