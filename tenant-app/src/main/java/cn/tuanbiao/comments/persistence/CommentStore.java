package cn.tuanbiao.comments.persistence;

import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.domain.DraftUnderComment;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.service.CommentResolution;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static cn.tuanbiao.jooq.Tables.DRAFT_COMMENTS;
import static cn.tuanbiao.jooq.Tables.STANDARDS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Comments on the transaction's tenant's drafts and their dispositions (PART-1). */
@Singleton
public class CommentStore {

    private static final cn.tuanbiao.jooq.tables.DraftComments C = DRAFT_COMMENTS;
    private static final cn.tuanbiao.jooq.tables.Users DISPOSER = USERS.as("disposer");

    private final DSLContext db;

    public CommentStore(DSLContext db) {
        this.db = db;
    }

    /** The next number in the standard's resolution table; the caller holds the standard's lock. */
    public int nextNumber(UUID standard) {
        Integer last = db.select(DSL.max(C.NUMBER)).from(C).where(C.STANDARD_ID.eq(standard)).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    public void insert(TenantId tenant, DraftComment c) {
        db.insertInto(C)
                .set(C.TENANT_ID, tenant.value()).set(C.ID, c.id()).set(C.STANDARD_ID, c.standard())
                .set(C.NUMBER, c.number()).set(C.CLAUSE, c.clause()).set(C.COMMENT_TYPE, c.type().name())
                .set(C.COMMENT, c.comment()).set(C.PROPOSED_CHANGE, c.proposedChange())
                .set(C.MEMBER_ID, c.member()).set(C.COMMENTER_NAME, c.commenterName())
                .set(C.COMMENTER_UNIT, c.commenterUnit()).set(C.PUBLIC_EMAIL, c.publicEmail())
                .set(C.SUBMITTED_AT, utc(c.submittedAt())).set(C.ATTACHMENT_ID, c.attachment())
                .execute();
    }

    public Optional<DraftComment> find(UUID id) {
        return select().where(C.ID.eq(id)).fetchOptional(this::toComment);
    }

    public void dispose(UUID id, Disposition disposition, String reason, UUID by, Instant at) {
        db.update(C).set(C.DISPOSITION, disposition.name()).set(C.DISPOSITION_REASON, reason)
                .set(C.DISPOSED_BY, by).set(C.DISPOSED_AT, utc(at))
                .where(C.ID.eq(id)).execute();
    }

    public Page<DraftComment> ofStandard(UUID standard, boolean onlyOpen, PageRequest page) {
        Condition where = C.STANDARD_ID.eq(standard).and(onlyOpen ? C.DISPOSITION.isNull() : DSL.noCondition());
        int total = db.fetchCount(C, where);
        List<DraftComment> items = select().where(where).orderBy(C.NUMBER)
                .offset(page.offset()).limit(page.limit()).fetch(this::toComment);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Every comment on the standard in table order, streamed so that a long table is never held in memory. */
    public void forEach(UUID standard, Consumer<DraftComment> sink) {
        try (var cursor = select().where(C.STANDARD_ID.eq(standard)).orderBy(C.NUMBER).fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> sink.accept(toComment(r)));
        }
    }

    public CommentResolution.Progress progress(UUID standard) {
        Record counts = db.select(DSL.count(), DSL.count(C.DISPOSITION)).from(C).where(C.STANDARD_ID.eq(standard)).fetchOne();
        return new CommentResolution.Progress(counts.get(0, Integer.class), counts.get(1, Integer.class));
    }

    /** Counts by disposition for the table's summary: index = {@link Disposition#ordinal()}, plus distinct units. */
    public Summary summary(UUID standard) {
        Record r = db.select(DSL.count(),
                        DSL.count().filterWhere(C.DISPOSITION.eq(Disposition.ACCEPTED.name())),
                        DSL.count().filterWhere(C.DISPOSITION.eq(Disposition.PARTIALLY_ACCEPTED.name())),
                        DSL.count().filterWhere(C.DISPOSITION.eq(Disposition.NOT_ACCEPTED.name())),
                        DSL.countDistinct(DSL.coalesce(C.COMMENTER_UNIT, C.COMMENTER_NAME)))
                .from(C).where(C.STANDARD_ID.eq(standard)).fetchOne();
        return new Summary(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Integer.class),
                r.get(3, Integer.class), r.get(4, Integer.class));
    }

    /** Drafts taking comments or being resolved, the soonest closing first, with their counts. */
    public Page<DraftUnderComment> draftsUnderComment(PageRequest page) {
        Condition where = STANDARDS.STAGE.in(Stage.COMMENT_PERIOD.name(), Stage.COMMENT_RESOLUTION.name());
        int total = db.fetchCount(STANDARDS, where);
        var comments = DSL.select(DSL.count()).from(C).where(C.STANDARD_ID.eq(STANDARDS.ID)).asField("comments");
        var open = DSL.select(DSL.count()).from(C).where(C.STANDARD_ID.eq(STANDARDS.ID), C.DISPOSITION.isNull())
                .asField("open");
        List<DraftUnderComment> items = db.select(STANDARDS.ID, STANDARDS.TITLE_ZH, STANDARDS.STAGE,
                        STANDARDS.COMMENT_AUDIENCE, STANDARDS.COMMENT_CLOSES, comments, open)
                .from(STANDARDS).where(where)
                .orderBy(STANDARDS.COMMENT_CLOSES, STANDARDS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new DraftUnderComment(r.value1(), r.value2(), Stage.valueOf(r.value3()),
                        CommentPeriod.Audience.valueOf(r.value4()), r.value5(), (Integer) r.value6(), (Integer) r.value7()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Public comments from one address since {@code since}, for the rate limit. */
    public int publicCommentsSince(String email, Instant since) {
        return db.fetchCount(C, C.PUBLIC_EMAIL.eq(email), C.SUBMITTED_AT.ge(utc(since)));
    }

    public record Summary(int comments, int accepted, int partiallyAccepted, int notAccepted, int commenters) {
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(C.fields()).select(DISPOSER.DISPLAY_NAME).from(C)
                .leftJoin(DISPOSER).on(DISPOSER.ID.eq(C.DISPOSED_BY));
    }

    private DraftComment toComment(Record r) {
        String disposition = r.get(C.DISPOSITION);
        OffsetDateTime disposedAt = r.get(C.DISPOSED_AT);
        return new DraftComment(r.get(C.ID), r.get(C.STANDARD_ID), r.get(C.NUMBER), r.get(C.CLAUSE),
                CommentType.valueOf(r.get(C.COMMENT_TYPE)), r.get(C.COMMENT), r.get(C.PROPOSED_CHANGE),
                r.get(C.MEMBER_ID), r.get(C.COMMENTER_NAME), r.get(C.COMMENTER_UNIT), r.get(C.PUBLIC_EMAIL),
                r.get(C.SUBMITTED_AT).toInstant(), disposition == null ? null : Disposition.valueOf(disposition),
                r.get(C.DISPOSITION_REASON), r.get(DISPOSER.DISPLAY_NAME),
                disposedAt == null ? null : disposedAt.toInstant(), r.get(C.ATTACHMENT_ID));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
