package cn.tuanbiao.documents.persistence;

import cn.tuanbiao.documents.domain.DocumentId;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.DOCUMENTS;
import static cn.tuanbiao.jooq.Tables.DOCUMENT_VERSIONS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Documents and their versions in the transaction's tenant. */
@Singleton
public class DocumentStore {

    private final DSLContext db;

    public DocumentStore(DSLContext db) {
        this.db = db;
    }

    /** The slot's document, locked so that two uploads to it number their versions one after the other. */
    public Optional<Locked> lockSlot(String subjectType, UUID subjectId, DocumentKind kind, String title) {
        return db.select(DOCUMENTS.ID, DOCUMENTS.LATEST_VERSION).from(DOCUMENTS)
                .where(DOCUMENTS.SUBJECT_TYPE.eq(subjectType), DOCUMENTS.SUBJECT_ID.eq(subjectId),
                        DOCUMENTS.KIND.eq(kind.name()), DOCUMENTS.TITLE.eq(title))
                .forUpdate()
                .fetchOptional(r -> new Locked(new DocumentId(r.value1()), r.value2()));
    }

    /** Creates the slot unless a concurrent upload just did; either way the slot then exists. */
    public void createSlot(TenantId tenant, DocumentId id, String subjectType, UUID subjectId, DocumentKind kind,
                           String title, PersonId by, Instant at) {
        db.insertInto(DOCUMENTS)
                .set(DOCUMENTS.TENANT_ID, tenant.value())
                .set(DOCUMENTS.ID, id.value())
                .set(DOCUMENTS.SUBJECT_TYPE, subjectType)
                .set(DOCUMENTS.SUBJECT_ID, subjectId)
                .set(DOCUMENTS.KIND, kind.name())
                .set(DOCUMENTS.TITLE, title)
                .set(DOCUMENTS.LATEST_VERSION, 0)
                .set(DOCUMENTS.CREATED_BY, by.value())
                .set(DOCUMENTS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    public void addVersion(TenantId tenant, DocumentVersion version, UUID contentId) {
        db.insertInto(DOCUMENT_VERSIONS)
                .set(DOCUMENT_VERSIONS.TENANT_ID, tenant.value())
                .set(DOCUMENT_VERSIONS.DOCUMENT_ID, version.document().value())
                .set(DOCUMENT_VERSIONS.VERSION, version.version())
                .set(DOCUMENT_VERSIONS.FILE_NAME, version.fileName())
                .set(DOCUMENT_VERSIONS.MEDIA_TYPE, version.mediaType())
                .set(DOCUMENT_VERSIONS.SIZE_BYTES, version.sizeBytes())
                .set(DOCUMENT_VERSIONS.SHA256, version.sha256())
                .set(DOCUMENT_VERSIONS.CONTENT_ID, contentId)
                .set(DOCUMENT_VERSIONS.UPLOADED_BY, version.uploadedBy())
                .set(DOCUMENT_VERSIONS.UPLOADED_AT, version.uploadedAt().atOffset(ZoneOffset.UTC))
                .execute();
        db.update(DOCUMENTS).set(DOCUMENTS.LATEST_VERSION, version.version())
                .where(DOCUMENTS.ID.eq(version.document().value()))
                .execute();
    }

    public Set<DocumentKind> kindsPresent(String subjectType, UUID subjectId) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        db.selectDistinct(DOCUMENTS.KIND).from(DOCUMENTS)
                .where(DOCUMENTS.SUBJECT_TYPE.eq(subjectType), DOCUMENTS.SUBJECT_ID.eq(subjectId))
                .forEach(r -> kinds.add(DocumentKind.valueOf(r.value1())));
        return kinds;
    }

    /** The subject's documents with their newest versions, in the order of the lifecycle's kinds. */
    /** The subject's first document of that kind (its main one when it has several titles), without locking it. */
    public Optional<Locked> firstOfKind(String subjectType, UUID subjectId, DocumentKind kind) {
        return db.select(DOCUMENTS.ID, DOCUMENTS.LATEST_VERSION).from(DOCUMENTS)
                .where(DOCUMENTS.SUBJECT_TYPE.eq(subjectType), DOCUMENTS.SUBJECT_ID.eq(subjectId),
                        DOCUMENTS.KIND.eq(kind.name()))
                .orderBy(DOCUMENTS.CREATED_AT, DOCUMENTS.TITLE).limit(1)
                .fetchOptional(r -> new Locked(new DocumentId(r.value1()), r.value2()));
    }

    public Page<StoredDocument> ofSubject(String subjectType, UUID subjectId, PageRequest page) {
        var where = DOCUMENTS.SUBJECT_TYPE.eq(subjectType).and(DOCUMENTS.SUBJECT_ID.eq(subjectId));
        int total = db.fetchCount(DOCUMENTS, where);
        List<StoredDocument> items = db.select(DOCUMENTS.fields()).select(DOCUMENT_VERSIONS.fields())
                .select(USERS.DISPLAY_NAME)
                .from(DOCUMENTS)
                .join(DOCUMENT_VERSIONS).on(DOCUMENT_VERSIONS.TENANT_ID.eq(DOCUMENTS.TENANT_ID),
                        DOCUMENT_VERSIONS.DOCUMENT_ID.eq(DOCUMENTS.ID),
                        DOCUMENT_VERSIONS.VERSION.eq(DOCUMENTS.LATEST_VERSION))
                .leftJoin(USERS).on(USERS.ID.eq(DOCUMENT_VERSIONS.UPLOADED_BY))
                .where(where)
                .orderBy(DOCUMENTS.CREATED_AT, DOCUMENTS.TITLE)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new StoredDocument(new DocumentId(r.get(DOCUMENTS.ID)), r.get(DOCUMENTS.SUBJECT_TYPE),
                        r.get(DOCUMENTS.SUBJECT_ID), DocumentKind.valueOf(r.get(DOCUMENTS.KIND)), r.get(DOCUMENTS.TITLE),
                        toVersion(r), r.get(DOCUMENTS.CREATED_AT).toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Optional<StoredDocument> document(DocumentId id) {
        return db.select(DOCUMENTS.fields()).select(DOCUMENT_VERSIONS.fields()).select(USERS.DISPLAY_NAME)
                .from(DOCUMENTS)
                .join(DOCUMENT_VERSIONS).on(DOCUMENT_VERSIONS.TENANT_ID.eq(DOCUMENTS.TENANT_ID),
                        DOCUMENT_VERSIONS.DOCUMENT_ID.eq(DOCUMENTS.ID),
                        DOCUMENT_VERSIONS.VERSION.eq(DOCUMENTS.LATEST_VERSION))
                .leftJoin(USERS).on(USERS.ID.eq(DOCUMENT_VERSIONS.UPLOADED_BY))
                .where(DOCUMENTS.ID.eq(id.value()))
                .fetchOptional(r -> new StoredDocument(id, r.get(DOCUMENTS.SUBJECT_TYPE), r.get(DOCUMENTS.SUBJECT_ID),
                        DocumentKind.valueOf(r.get(DOCUMENTS.KIND)), r.get(DOCUMENTS.TITLE), toVersion(r),
                        r.get(DOCUMENTS.CREATED_AT).toInstant()));
    }

    /** Every version of a document, newest first (a document has few versions, so they come whole). */
    public List<DocumentVersion> versions(DocumentId id) {
        return db.select(DOCUMENT_VERSIONS.fields()).select(USERS.DISPLAY_NAME)
                .from(DOCUMENT_VERSIONS)
                .leftJoin(USERS).on(USERS.ID.eq(DOCUMENT_VERSIONS.UPLOADED_BY))
                .where(DOCUMENT_VERSIONS.DOCUMENT_ID.eq(id.value()))
                .orderBy(DOCUMENT_VERSIONS.VERSION.desc())
                .limit(1_000)
                .fetch(DocumentStore::toVersion);
    }

    public Optional<VersionWithContent> version(DocumentId id, int version) {
        return db.select(DOCUMENT_VERSIONS.fields()).select(USERS.DISPLAY_NAME)
                .from(DOCUMENT_VERSIONS)
                .leftJoin(USERS).on(USERS.ID.eq(DOCUMENT_VERSIONS.UPLOADED_BY))
                .where(DOCUMENT_VERSIONS.DOCUMENT_ID.eq(id.value()), DOCUMENT_VERSIONS.VERSION.eq(version))
                .fetchOptional(r -> new VersionWithContent(toVersion(r), r.get(DOCUMENT_VERSIONS.CONTENT_ID)));
    }

    private static DocumentVersion toVersion(Record r) {
        return new DocumentVersion(new DocumentId(r.get(DOCUMENT_VERSIONS.DOCUMENT_ID)), r.get(DOCUMENT_VERSIONS.VERSION),
                r.get(DOCUMENT_VERSIONS.FILE_NAME), r.get(DOCUMENT_VERSIONS.MEDIA_TYPE),
                r.get(DOCUMENT_VERSIONS.SIZE_BYTES), r.get(DOCUMENT_VERSIONS.SHA256),
                r.get(DOCUMENT_VERSIONS.UPLOADED_BY), r.get(USERS.DISPLAY_NAME),
                r.get(DOCUMENT_VERSIONS.UPLOADED_AT).toInstant());
    }

    /** A slot's document id and newest version number, under lock. */
    public record Locked(DocumentId id, int latestVersion) {
    }

    public record VersionWithContent(DocumentVersion version, UUID contentId) {
    }
}
