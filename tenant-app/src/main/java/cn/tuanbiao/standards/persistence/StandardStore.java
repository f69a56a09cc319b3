package cn.tuanbiao.standards.persistence;

import cn.tuanbiao.jooq.tables.records.StandardsRecord;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.Publication;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardNumber;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.domain.Subject;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ConcurrentModificationException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static cn.tuanbiao.jooq.Tables.STANDARDS;
import static cn.tuanbiao.jooq.Tables.STANDARD_NUMBER_SEQUENCES;

/** Standard projects in the transaction's tenant (row-level security scopes every query). */
@Singleton
public class StandardStore {

    private final DSLContext db;

    public StandardStore(DSLContext db) {
        this.db = db;
    }

    public void insert(StandardProject project, Instant now) {
        StandardsRecord row = db.newRecord(STANDARDS);
        write(row, project);
        row.setCreatedAt(utc(project.createdAt()));
        row.setUpdatedAt(utc(now));
        row.setVersion(0L);
        row.insert();
    }

    /** Saves the project's next state; refuses when someone else moved it meanwhile. */
    public void update(StandardProject project, Instant now) {
        StandardsRecord row = db.newRecord(STANDARDS);
        write(row, project);
        row.setUpdatedAt(utc(now));
        row.setVersion(project.version() + 1);
        row.changed(STANDARDS.TENANT_ID, false);
        row.changed(STANDARDS.ID, false);
        row.changed(STANDARDS.CREATED_AT, false);
        int updated = db.update(STANDARDS).set(row)
                .where(STANDARDS.ID.eq(project.id().value()))
                .and(STANDARDS.VERSION.eq(project.version()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentModificationException("Standard " + project.id() + " was changed by someone else");
        }
    }

    /** The project, locked for the rest of the transaction so transitions queue. */
    public Optional<StandardProject> lock(StandardId id, OrganizationCode code) {
        return db.selectFrom(STANDARDS).where(STANDARDS.ID.eq(id.value())).forUpdate()
                .fetchOptional(r -> read(r, code));
    }

    public Optional<StandardProject> find(StandardId id, OrganizationCode code) {
        return db.selectFrom(STANDARDS).where(STANDARDS.ID.eq(id.value())).fetchOptional(r -> read(r, code));
    }

    /**
     * The organization's next standard sequence number (LC-4), taken inside the publishing
     * transaction: concurrent publications queue on the sequence row, and a rollback gives the
     * number back, so numbers never repeat and never skip.
     */
    public int nextSequence(TenantId tenant) {
        db.insertInto(STANDARD_NUMBER_SEQUENCES)
                .set(STANDARD_NUMBER_SEQUENCES.TENANT_ID, tenant.value())
                .set(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE, 0)
                .onConflictDoNothing()
                .execute();
        return db.update(STANDARD_NUMBER_SEQUENCES)
                .set(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE, STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE.plus(1))
                .returning(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE)
                .fetchOne(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE);
    }

    /** Whether a standard of the organization already carries this sequence and part (LC-4). */
    public boolean numberTaken(int sequence, Integer part) {
        return db.fetchExists(STANDARDS, STANDARDS.NUMBER_SEQUENCE.eq(sequence),
                part == null ? STANDARDS.NUMBER_PART.isNull() : STANDARDS.NUMBER_PART.eq(part));
    }

    /**
     * The parts published so far under {@code sequence}, locked until the transaction ends so that
     * two parts published at once take different part numbers: empty when the sequence is unused,
     * a null element when a standard of its own carries it.
     */
    public List<Integer> lockParts(int sequence) {
        return db.select(STANDARDS.NUMBER_PART).from(STANDARDS).where(STANDARDS.NUMBER_SEQUENCE.eq(sequence))
                .forUpdate().fetch(STANDARDS.NUMBER_PART);
    }

    /** Moves the sequence on to at least {@code sequence}, so new numbers follow the ones registered (LC-4). */
    public void advanceSequenceTo(TenantId tenant, int sequence) {
        db.insertInto(STANDARD_NUMBER_SEQUENCES)
                .set(STANDARD_NUMBER_SEQUENCES.TENANT_ID, tenant.value())
                .set(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE, sequence)
                .onConflict(STANDARD_NUMBER_SEQUENCES.TENANT_ID).doUpdate()
                .set(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE,
                        DSL.greatest(STANDARD_NUMBER_SEQUENCES.LAST_SEQUENCE, DSL.inline(sequence)))
                .execute();
    }

    /** How many projects stand at each stage. */
    public Map<Stage, Integer> countByStage() {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        db.select(STANDARDS.STAGE, DSL.count()).from(STANDARDS).groupBy(STANDARDS.STAGE)
                .forEach(r -> counts.put(Stage.valueOf(r.value1()), r.value2()));
        return counts;
    }

    /** Published standards whose periodic review falls due before {@code day} (LC-6). */
    public int countReviewsDueBefore(LocalDate day) {
        return db.fetchCount(STANDARDS, STANDARDS.STAGE.eq(Stage.PUBLISHED.name()), STANDARDS.REVIEW_DUE.lt(day));
    }

    /** Published standards by periodic review date, the most overdue first; of one day, in number order (LC-6). */
    public Page<StandardSummary> reviewsDueBefore(LocalDate day, PageRequest page, OrganizationCode code) {
        Condition where = STANDARDS.STAGE.eq(Stage.PUBLISHED.name()).and(STANDARDS.REVIEW_DUE.lt(day));
        int total = db.fetchCount(STANDARDS, where);
        var items = summaries(where)
                .orderBy(STANDARDS.REVIEW_DUE, STANDARDS.NUMBER_SEQUENCE, STANDARDS.NUMBER_PART, STANDARDS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> summary(r, code));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The secretariat's project list: filtered by stage, working group and text, one page at a time. */
    public Page<StandardSummary> list(StandardFilter filter, PageRequest page, OrganizationCode code) {
        Condition where = DSL.noCondition();
        if (!filter.stages().isEmpty()) {
            where = where.and(STANDARDS.STAGE.in(filter.stages().stream().map(Enum::name).toList()));
        }
        if (filter.workingGroup() != null && !filter.workingGroup().isBlank()) {
            where = where.and(STANDARDS.WORKING_GROUP.eq(filter.workingGroup().strip()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where = where.and(STANDARDS.TITLE_ZH.like(Like.containing(filter.text())).escape(Like.ESCAPE));
        }
        if (filter.dueBy() != null) {
            where = where.and(STANDARDS.STAGE.eq(Stage.COMMENT_PERIOD.name()).and(STANDARDS.COMMENT_CLOSES.le(filter.dueBy()))
                    .or(STANDARDS.STAGE.eq(Stage.PUBLISHED.name()).and(STANDARDS.REVIEW_DUE.le(filter.dueBy()))));
        }
        int total = db.fetchCount(STANDARDS, where);
        var items = summaries(where)
                .orderBy(STANDARDS.UPDATED_AT.desc(), STANDARDS.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> summary(r, code));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private SelectConditionStep<Record10<UUID, String, String, String, Integer, Integer, Integer, LocalDate, LocalDate,
            OffsetDateTime>> summaries(Condition where) {
        return db.select(STANDARDS.ID, STANDARDS.TITLE_ZH, STANDARDS.STAGE, STANDARDS.WORKING_GROUP,
                        STANDARDS.NUMBER_SEQUENCE, STANDARDS.NUMBER_PART, STANDARDS.NUMBER_YEAR, STANDARDS.COMMENT_CLOSES,
                        STANDARDS.REVIEW_DUE, STANDARDS.UPDATED_AT)
                .from(STANDARDS)
                .where(where);
    }

    private static StandardSummary summary(Record10<UUID, String, String, String, Integer, Integer, Integer, LocalDate,
            LocalDate, OffsetDateTime> r, OrganizationCode code) {
        return new StandardSummary(new StandardId(r.value1()), r.value2(), Stage.valueOf(r.value3()), r.value4(),
                r.value5() == null ? null : new StandardNumber(code, r.value5(), r.value6(), Year.of(r.value7())).toString(),
                r.value8(), r.value9(), r.value10().toInstant());
    }

    private static void write(StandardsRecord row, StandardProject p) {
        row.setTenantId(p.tenant().value());
        row.setId(p.id().value());
        row.setTitleZh(p.subject().titleZh());
        row.setTitleEn(p.subject().titleEn());
        row.setScope(p.subject().scope());
        row.setPublicInterest(p.subject().publicInterest());
        row.setCybersecurity(p.subject().cybersecurity());
        row.setProposerId(p.proposer().value());
        row.setStage(p.stage().name());
        Drafting d = p.drafting();
        row.setWorkingGroup(d == null ? null : d.workingGroup());
        row.setDraftingUnits(d == null ? null : d.draftingUnits());
        row.setDrafters(d == null ? new UUID[0] : ids(d.drafters()));
        row.setPlanAnnouncedPublicly(p.planAnnouncedPublicly());
        CommentPeriod c = p.commentPeriod();
        row.setCommentOpens(c == null ? null : c.opens());
        row.setCommentCloses(c == null ? null : c.closes());
        row.setCommentAudience(c == null ? null : c.audience().name());
        if (p.reviewOutcome() instanceof ReviewOutcome.Consensus consensus) {
            row.setReviewKind("CONSENSUS");
            row.setReviewMinutes(consensus.minutes());
        } else if (p.reviewOutcome() instanceof ReviewOutcome.Vote vote) {
            row.setReviewKind("VOTE");
            row.setReviewBaseKind(vote.baseKind().name());
            row.setReviewBase(vote.base());
            row.setReviewInFavour(ids(vote.inFavour()));
            row.setReviewAgainst(ids(vote.against()));
            row.setReviewAbstained(ids(vote.abstained()));
        }
        row.setApprovalDecision(p.approvalDecision());
        row.setCyberspaceConsultation(p.cyberspaceConsultation());
        Publication pub = p.publication();
        if (pub != null) {
            row.setNumberSequence(pub.number().sequence());
            row.setNumberPart(pub.number().part());
            row.setNumberYear(pub.number().year().getValue());
            row.setPublishedOn(pub.publishedOn());
            row.setInForceFrom(pub.inForceFrom());
            row.setReviewDue(pub.reviewDue());
        }
        row.setReplacesId(p.replaces() == null ? null : p.replaces().value());
        row.setTerminationReason(p.terminationReason());
    }

    private static StandardProject read(StandardsRecord r, OrganizationCode code) {
        Drafting drafting = r.getWorkingGroup() == null ? null
                : new Drafting(r.getWorkingGroup(), r.getDraftingUnits(), people(r.getDrafters()));
        CommentPeriod period = r.getCommentOpens() == null ? null : new CommentPeriod(r.getCommentOpens(),
                r.getCommentCloses(), CommentPeriod.Audience.valueOf(r.getCommentAudience()));
        ReviewOutcome outcome = r.getReviewKind() == null ? null : "CONSENSUS".equals(r.getReviewKind())
                ? new ReviewOutcome.Consensus(r.getReviewMinutes())
                : new ReviewOutcome.Vote(ReviewOutcome.VoteBase.valueOf(r.getReviewBaseKind()), r.getReviewBase(),
                people(r.getReviewInFavour()), people(r.getReviewAgainst()), people(r.getReviewAbstained()));
        Publication publication = r.getNumberSequence() == null ? null : new Publication(
                new StandardNumber(code, r.getNumberSequence(), r.getNumberPart(), Year.of(r.getNumberYear())),
                r.getPublishedOn(), r.getInForceFrom(), r.getReviewDue());
        return new StandardProject(new StandardId(r.getId()), new TenantId(r.getTenantId()),
                new Subject(r.getTitleZh(), r.getTitleEn(), r.getScope(), r.getPublicInterest(), r.getCybersecurity()),
                new PersonId(r.getProposerId()), Stage.valueOf(r.getStage()), drafting, r.getPlanAnnouncedPublicly(),
                period, outcome, r.getApprovalDecision(), r.getCyberspaceConsultation(), publication,
                r.getReplacesId() == null ? null : new StandardId(r.getReplacesId()), r.getTerminationReason(),
                r.getCreatedAt().toInstant(), r.getVersion());
    }

    private static UUID[] ids(Set<PersonId> people) {
        return people.stream().map(PersonId::value).sorted().toArray(UUID[]::new);
    }

    private static Set<PersonId> people(UUID[] ids) {
        return ids == null ? Set.of() : Arrays.stream(ids).map(PersonId::new).collect(Collectors.toUnmodifiableSet());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
