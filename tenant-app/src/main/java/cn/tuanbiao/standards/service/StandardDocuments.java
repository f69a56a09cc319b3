package cn.tuanbiao.standards.service;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
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
    private final StandardLookup standards;
    private final DocumentService documents;

    public StandardDocuments(AccessControl access, StandardLookup standards, DocumentService documents) {
        this.access = access;
        this.standards = standards;
        this.documents = documents;
    }

    public DocumentVersion attach(PersonId caller, TenantId tenant, StandardId id, DocumentKind kind, String title,
                                  CheckedFile file) {
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = standards.find(tenant, id);
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
