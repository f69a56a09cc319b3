package cn.tuanbiao.catalogue.service;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.domain.PublicStatus;
import cn.tuanbiao.documents.domain.DocumentContent;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.catalogue.persistence.CatalogueStore;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Each organization's public catalogue (PUB-3), open to anyone without signing in: its published
 * standards with search, and its drafts open for public comment. It reads inside the organization's
 * own tenant, through a store that can only see what is public.
 */
@Singleton
public class PublicCatalogue {

    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final CatalogueStore store;
    private final DocumentService documents;
    private final Clock clock;

    public PublicCatalogue(Transactions transactions, OrganizationRepository organizations, CatalogueStore store,
                           DocumentService documents, Clock clock) {
        this.documents = documents;
        this.transactions = transactions;
        this.organizations = organizations;
        this.store = store;
        this.clock = clock;
    }

    /** The organization of that code, if it is active on the platform. */
    public PublicOrganization organization(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return transactions.readOnPlatform(() -> organizations.findByCode(normalized))
                .filter(o -> "ACTIVE".equals(o.status()))
                .map(o -> new PublicOrganization(new TenantId(o.id()), o.code(), o.nameZh(), o.nameEn()))
                .orElseThrow(() -> new NotFoundException("catalogue.organizationNotFound"));
    }

    public Page<CatalogueEntry> published(PublicOrganization organization, String text, PageRequest page) {
        return transactions.readInTenant(organization.id(),
                () -> store.published(code(organization), text, page));
    }

    public Page<CatalogueEntry> openDrafts(PublicOrganization organization, PageRequest page) {
        return transactions.readInTenant(organization.id(),
                () -> store.openDrafts(code(organization), today(), page));
    }

    public CatalogueEntry entry(PublicOrganization organization, UUID id) {
        return transactions.readInTenant(organization.id(), () -> store.find(code(organization), id, today()))
                .orElseThrow(() -> new NotFoundException("standard.notFound"));
    }

    /** The documents the public may read of an entry: a draft's text and notes while open for comment, else the notice. */
    public static List<DocumentKind> publicDocuments(CatalogueEntry entry) {
        return entry.status() == PublicStatus.OPEN_FOR_COMMENT
                ? List.of(DocumentKind.DRAFT_FOR_COMMENT, DocumentKind.EXPLANATORY_NOTES)
                : List.of(DocumentKind.PUBLICATION_NOTICE);
    }

    /** The latest version of one of the entry's public documents. */
    public DocumentContent document(PublicOrganization organization, UUID id, DocumentKind kind) {
        return transactions.readInTenant(organization.id(), () -> {
            CatalogueEntry entry = store.find(code(organization), id, today())
                    .filter(e -> publicDocuments(e).contains(kind))
                    .orElseThrow(() -> new NotFoundException("documents.notFound"));
            return documents.latestOf(StandardService.SUBJECT, entry.id(), kind)
                    .orElseThrow(() -> new NotFoundException("documents.notFound"));
        });
    }

    private static OrganizationCode code(PublicOrganization organization) {
        return new OrganizationCode(organization.code());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }
}
