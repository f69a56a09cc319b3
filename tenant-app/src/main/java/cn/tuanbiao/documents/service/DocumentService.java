package cn.tuanbiao.documents.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.persistence.ContentStore;
import cn.tuanbiao.documents.persistence.DocumentStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The register of documents and their immutable versions (LC-5). The feature that owns a subject
 * decides who may add to it and calls {@link #addVersion} inside its own transaction; reading is
 * open to everyone with a role in the organization. Every version lands in the audit log (AUD-1)
 * under its subject, so a standard's history lists its documents too.
 */
@Singleton
public class DocumentService implements DocumentRegister {

    private static final int MAX_TITLE = 200;

    private final AccessControl access;
    private final DocumentStore documents;
    private final ContentStore contents;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentService(AccessControl access, DocumentStore documents, ContentStore contents, AuditTrail audit,
                           Clock clock) {
        this.access = access;
        this.documents = documents;
        this.contents = contents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds the file as the next version of the subject's document of that kind and title, creating
     * the document on its first version. Must run inside {@code tenant}'s transaction.
     */
    public DocumentVersion addVersion(TenantId tenant, PersonId by, String subjectType, UUID subjectId,
                                      DocumentKind kind, String title, CheckedFile file) {
        if (kind == null) {
            throw new InvalidInputException(FieldProblem.of("documentKind", "FORMAT", "validation.required"));
        }
        // Without a title the file is a version of the subject's main document of that kind.
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() > MAX_TITLE) {
            throw new InvalidInputException(FieldProblem.of("documentTitle", "FORMAT", "validation.tooLong", MAX_TITLE));
        }
        Instant now = clock.instant();
        DocumentStore.Locked slot = documents.lockSlot(subjectType, subjectId, kind, cleanTitle).orElseGet(() -> {
            documents.createSlot(tenant, DocumentId.random(), subjectType, subjectId, kind, cleanTitle, by, now);
            return documents.lockSlot(subjectType, subjectId, kind, cleanTitle).orElseThrow();
        });
        UUID contentId = contents.put(tenant, file.spooled(), file.sizeBytes(), file.sha256());
        DocumentVersion version = new DocumentVersion(slot.id(), slot.latestVersion() + 1, file.fileName(),
                file.type().mediaType(), file.sizeBytes(), file.sha256(), by.value(), null, now);
        documents.addVersion(tenant, version, contentId);
        audit.record(new AuditEntry(tenant, by, subjectType, subjectId, "DOCUMENT_VERSION_ADDED", null, Map.of(
                "kind", kind.name(), "title", cleanTitle, "version", Integer.toString(version.version()),
                "fileName", file.fileName(), "sizeBytes", Long.toString(file.sizeBytes()), "sha256", file.sha256())));
        return version;
    }

    @Override
    public Set<DocumentKind> kindsPresent(String subjectType, UUID subjectId) {
        return documents.kindsPresent(subjectType, subjectId);
    }

    public Page<StoredDocument> documentsOf(PersonId caller, TenantId tenant, String subjectType, UUID subjectId,
                                            PageRequest page) {
        return access.readIn(caller, tenant, actor -> documents.ofSubject(subjectType, subjectId, page));
    }

    public List<DocumentVersion> versions(PersonId caller, TenantId tenant, DocumentId document) {
        return access.readIn(caller, tenant, actor -> {
            List<DocumentVersion> versions = documents.versions(document);
            if (versions.isEmpty()) {
                throw new NotFoundException("documents.notFound");
            }
            return versions;
        });
    }

    public DocumentContent content(PersonId caller, TenantId tenant, DocumentId document, int version) {
        return access.readIn(caller, tenant, actor -> {
            DocumentStore.VersionWithContent found = documents.version(document, version)
                    .orElseThrow(() -> new NotFoundException("documents.notFound"));
            return new DocumentContent(found.version(), contents.read(found.contentId()));
        });
    }

    /**
     * The latest version of the subject's document of that kind, with its bytes. Runs in the
     * caller's transaction: the public catalogue uses it for documents it has decided are public.
     */
    public Optional<DocumentContent> latestOf(String subjectType, UUID subjectId, DocumentKind kind) {
        return documents.firstOfKind(subjectType, subjectId, kind)
                .flatMap(slot -> documents.version(slot.id(), slot.latestVersion()))
                .map(found -> new DocumentContent(found.version(), contents.read(found.contentId())));
    }
}
