package cn.tuanbiao.catalogue.persistence;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicStatus;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardNumber;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.STANDARDS;

/**
 * The public part of the transaction's tenant's standards (PUB-3): published ones, and drafts whose
 * comment period is public and running. Every query starts from that condition, so nothing in
 * work ever leaves through the catalogue.
 */
@Singleton
public class CatalogueStore {

    private static final List<String> PUBLISHED = List.of(Stage.PUBLISHED.name(), Stage.WITHDRAWN.name(),
            Stage.REPLACED.name());

    private final DSLContext db;

    public CatalogueStore(DSLContext db) {
        this.db = db;
    }

    /** Published standards, newest first, matching {@code text} in title, scope or number when given. */
    public Page<CatalogueEntry> published(OrganizationCode code, String text, PageRequest page) {
        Condition where = STANDARDS.STAGE.in(PUBLISHED).and(matching(text));
        int total = db.fetchCount(STANDARDS, where);
        List<CatalogueEntry> items = db.selectFrom(STANDARDS).where(where)
                .orderBy(STANDARDS.PUBLISHED_ON.desc(), STANDARDS.NUMBER_SEQUENCE.desc(), STANDARDS.NUMBER_PART)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> entry(r, code));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Drafts open for public comment today, the soonest closing first. */
    public Page<CatalogueEntry> openDrafts(OrganizationCode code, LocalDate today, PageRequest page) {
        Condition where = openForComment(today);
        int total = db.fetchCount(STANDARDS, where);
        List<CatalogueEntry> items = db.selectFrom(STANDARDS).where(where)
                .orderBy(STANDARDS.COMMENT_CLOSES, STANDARDS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> entry(r, code));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** One public standard or open draft; empty for anything else, as if it did not exist. */
    public Optional<CatalogueEntry> find(OrganizationCode code, UUID id, LocalDate today) {
        return db.selectFrom(STANDARDS)
                .where(STANDARDS.ID.eq(id).and(STANDARDS.STAGE.in(PUBLISHED).or(openForComment(today))))
                .fetchOptional(r -> entry(r, code));
    }

    private static Condition openForComment(LocalDate today) {
        return STANDARDS.STAGE.eq(Stage.COMMENT_PERIOD.name())
                .and(STANDARDS.COMMENT_AUDIENCE.eq(CommentPeriod.Audience.PUBLIC.name()))
                .and(STANDARDS.COMMENT_OPENS.le(today)).and(STANDARDS.COMMENT_CLOSES.gt(today));
    }

    private static Condition matching(String text) {
        if (text == null || text.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = Like.containing(text.strip());
        Condition byText = STANDARDS.TITLE_ZH.like(pattern).escape(Like.ESCAPE)
                .or(STANDARDS.TITLE_EN.likeIgnoreCase(pattern).escape(Like.ESCAPE))
                .or(STANDARDS.SCOPE.like(pattern).escape(Like.ESCAPE));
        Integer sequence = sequenceIn(text);
        return sequence == null ? byText : byText.or(STANDARDS.NUMBER_SEQUENCE.eq(sequence));
    }

    /** "12", "T/ZJZZ 12" or "T/ZJZZ 12—2025" all look for standard number 12. */
    private static Integer sequenceIn(String text) {
        String digits = text.strip().replaceFirst("(?i)^T/[A-Z0-9]+\\s*", "").replaceFirst("[—-].*$", "")
                .replaceFirst("\\..*$", "").strip();
        return digits.matches("\\d{1,6}") ? Integer.valueOf(digits) : null;
    }

    private static CatalogueEntry entry(Record record, OrganizationCode code) {
        var r = record.into(STANDARDS);
        Stage stage = Stage.valueOf(r.getStage());
        String number = r.getNumberSequence() == null ? null
                : new StandardNumber(code, r.getNumberSequence(), r.getNumberPart(), Year.of(r.getNumberYear())).toString();
        return new CatalogueEntry(r.getId(), number, r.getTitleZh(), r.getTitleEn(), r.getScope(), PublicStatus.of(stage),
                r.getPublishedOn(), r.getInForceFrom(), stage == Stage.COMMENT_PERIOD ? r.getCommentCloses() : null,
                r.getDraftingUnits());
    }
}
