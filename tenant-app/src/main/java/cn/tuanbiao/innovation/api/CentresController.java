package cn.tuanbiao.innovation.api;

import cn.tuanbiao.documents.api.DocumentViews.DocumentView;
import cn.tuanbiao.documents.api.DocumentViews.VersionView;
import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.domain.CentreFileId;
import cn.tuanbiao.innovation.domain.CentreOverview;
import cn.tuanbiao.innovation.domain.CentreStage;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.domain.TargetProgress;
import cn.tuanbiao.innovation.domain.TimelineEntry;
import cn.tuanbiao.innovation.service.CentreChannel;
import cn.tuanbiao.innovation.service.InnovationBaseService;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The innovation base at work (SUP-5) over REST, with the same services and rules as the UI: the
 * base's side under {@code /innovation/centres} (the organization is the base), a centre's own
 * file and submissions under {@code /innovation/own-file} (the organization is the centre). A
 * refused step answers 409 with the rule, bad input 422 field by field.
 */
@Controller("/api/organizations/{organizationId}/innovation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Innovation base")
class CentresController {

    private final InnovationBaseService base;
    private final CentreChannel channel;
    private final FileCheck fileCheck;

    CentresController(InnovationBaseService base, CentreChannel channel, FileCheck fileCheck) {
        this.base = base;
        this.channel = channel;
        this.fileCheck = fileCheck;
    }

    // --- the base's side --------------------------------------------------------------------------

    @Get("/centres")
    @Operation(summary = "The base's centres with their stage, next deadline and the windows needing attention")
    List<OverviewView> list(Authentication auth, @PathVariable UUID organizationId) {
        return base.list(Caller.of(auth), new TenantId(organizationId)).stream().map(OverviewView::of).toList();
    }

    @Post("/centres")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a linked centre's application")
    FileView apply(Authentication auth, @PathVariable UUID organizationId, @Body ApplicationRequest body) {
        return FileView.of(base.apply(Caller.of(auth), new TenantId(organizationId),
                body.centre() == null ? null : new TenantId(body.centre()), body.type(), body.name()));
    }

    @Get("/centres/{id}{?year}")
    @Operation(summary = "A centre's file: windows, timeline, targets of the year, documents, actions allowed now")
    DetailView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                   @Nullable @QueryValue Integer year) {
        return DetailView.of(base.get(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                year == null ? base.today().getYear() : year));
    }

    @Post(value = "/centres/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a document version to the file (application, construction plan, reports, evidence)")
    VersionView attach(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                       @Part("kind") DocumentKind kind, @Nullable @Part("year") String year,
                       @Nullable @Part("file") CompletedFileUpload file) {
        return Uploads.checked(fileCheck, file, checked -> VersionView.of(base.attach(Caller.of(auth),
                new TenantId(organizationId), new CentreFileId(id), kind, year == null ? null : Integer.valueOf(year),
                checked)));
    }

    @Post("/centres/{id}/formal-check")
    @Operation(summary = "形式审查: complete, or returned with reasons")
    FileView formalCheck(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                         @Body Decision body) {
        return FileView.of(base.formalCheck(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.positive(), body.text()));
    }

    @Post("/centres/{id}/expert-opinions")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "An advisory committee expert's opinion")
    void opinion(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body OpinionRequest body) {
        base.addOpinion(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id), body.expertName(), body.opinion());
    }

    @Post("/centres/{id}/review-conclusion")
    @Operation(summary = "The expert review's conclusion (needs at least one opinion)")
    FileView conclude(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body Decision body) {
        return FileView.of(base.concludeReview(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.positive(), body.text()));
    }

    @Post("/centres/{id}/approval")
    @Operation(summary = "批准筹建: every window runs from this date")
    FileView approve(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                     @Body ApprovalRequest body) {
        return FileView.of(base.approve(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.approvedOn(), body.reference()));
    }

    @Post("/centres/{id}/extension-decision")
    @Operation(summary = "Approve or refuse a pending extension")
    FileView extension(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body Decision body) {
        return FileView.of(base.decideExtension(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.positive(), body.text()));
    }

    @Post("/centres/{id}/acceptance")
    @Operation(summary = "验收 result: a second failure, or a failure after an extension, revokes")
    FileView acceptance(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                        @Body Decision body) {
        return FileView.of(base.recordAcceptance(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.positive(), body.text(), body.date()));
    }

    @Post("/centres/{id}/rename-decision")
    @Operation(summary = "Approve or refuse a pending renaming")
    FileView rename(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body Decision body) {
        return FileView.of(base.decideRename(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.positive()));
    }

    @Post("/centres/{id}/evaluations")
    @Operation(summary = "A periodic evaluation, spot check (failed: rectification deadline) or rectification check")
    FileView evaluate(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                      @Body EvaluationRequest body) {
        return FileView.of(base.evaluate(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id),
                body.kind(), body.heldOn(), body.findings(), body.passed(), body.rectificationDue()));
    }

    @Post("/centres/{id}/achievements")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "An achievement towards the year's targets")
    void achievement(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                     @Body AchievementRequest body) {
        base.recordAchievement(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id), body.draft());
    }

    @Post("/centres/{id}/revocation")
    @Operation(summary = "撤销 on the policy's grounds only")
    FileView revoke(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body Decision body) {
        return FileView.of(base.revoke(Caller.of(auth), new TenantId(organizationId), new CentreFileId(id), body.text()));
    }

    // --- the centre's side ------------------------------------------------------------------------

    @Get("/own-file{?year}")
    @Operation(summary = "The centre's own file at its base, read-only")
    DetailView ownFile(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue Integer year) {
        return DetailView.of(channel.ownFile(Caller.of(auth), new TenantId(organizationId),
                year == null ? base.today().getYear() : year).orElseThrow(() -> new NotFoundException("centre.noFile")));
    }

    @Post(value = "/own-file/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Submit the construction plan, a yearly document (with its year) or evidence")
    VersionView submit(Authentication auth, @PathVariable UUID organizationId, @Part("kind") DocumentKind kind,
                       @Nullable @Part("year") String year, @Nullable @Part("file") CompletedFileUpload file) {
        return Uploads.checked(fileCheck, file, checked -> VersionView.of(channel.submit(Caller.of(auth),
                new TenantId(organizationId), kind, year == null ? null : Integer.valueOf(year), checked)));
    }

    @Post(value = "/own-file/acceptance-request", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "验收申请, with its document")
    FileView requestAcceptance(Authentication auth, @PathVariable UUID organizationId,
                               @Nullable @Part("file") CompletedFileUpload file) {
        return Uploads.checked(fileCheck, file, checked -> FileView.of(channel.requestAcceptance(Caller.of(auth),
                new TenantId(organizationId), checked)));
    }

    @Post("/own-file/extension-request")
    @Operation(summary = "延期申请: at most 6 months, one month before the due date")
    FileView requestExtension(Authentication auth, @PathVariable UUID organizationId, @Body ExtensionRequest body) {
        return FileView.of(channel.requestExtension(Caller.of(auth), new TenantId(organizationId),
                body.months() == null ? 0 : body.months(), body.reason()));
    }

    @Post("/own-file/rename-request")
    @Operation(summary = "变更名称: the base approves")
    FileView requestRename(Authentication auth, @PathVariable UUID organizationId, @Body RenameRequest body) {
        return FileView.of(channel.requestRename(Caller.of(auth), new TenantId(organizationId), body.name()));
    }

    @Post("/own-file/achievements")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "An achievement towards the year's targets, entered by the centre")
    void ownAchievement(Authentication auth, @PathVariable UUID organizationId, @Body AchievementRequest body) {
        channel.recordAchievement(Caller.of(auth), new TenantId(organizationId), body.draft());
    }

    // --- bodies and views -------------------------------------------------------------------------

    @Serdeable
    record ApplicationRequest(@Nullable UUID centre, @Nullable CentreType type, @Nullable String name) {
    }

    @Serdeable
    record Decision(boolean positive, @Nullable String text, @Nullable LocalDate date) {
    }

    @Serdeable
    record OpinionRequest(@Nullable String expertName, @Nullable String opinion) {
    }

    @Serdeable
    record ApprovalRequest(@Nullable LocalDate approvedOn, @Nullable String reference) {
    }

    @Serdeable
    record EvaluationRequest(@Nullable EvaluationKind kind, @Nullable LocalDate heldOn, @Nullable String findings,
                             boolean passed, @Nullable LocalDate rectificationDue) {
    }

    @Serdeable
    record AchievementRequest(@Nullable TargetKind kind, @Nullable String title, @Nullable LocalDate achievedOn,
                              @Nullable Integer participants) {
        AchievementDraft draft() {
            return new AchievementDraft(kind, title, achievedOn, participants);
        }
    }

    @Serdeable
    record ExtensionRequest(@Nullable Integer months, @Nullable String reason) {
    }

    @Serdeable
    record RenameRequest(@Nullable String name) {
    }

    @Serdeable
    record FileView(String id, String centre, String name, CentreType type, CentreStage stage, String stageReason,
                    LocalDate approvedOn, int extensionMonths, int failedAcceptances, String pendingName) {
        static FileView of(CentreFile f) {
            return new FileView(f.id().toString(), f.centre().toString(), f.name(), f.type(), f.stage(), f.stageReason(),
                    f.approvedOn(), f.extensionMonths(), f.failedAcceptances(), f.pendingName());
        }
    }

    @Serdeable
    record DeadlineView(String kind, Integer year, LocalDate due, Deadline.State state) {
        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.kind().name(), d.year(), d.due(), d.state());
        }
    }

    @Serdeable
    record OverviewView(FileView file, String centreCode, DeadlineView next, List<DeadlineView> warnings) {
        static OverviewView of(CentreOverview o) {
            return new OverviewView(FileView.of(o.file()), o.centreCode(), o.next() == null ? null : DeadlineView.of(o.next()),
                    o.warnings().stream().map(DeadlineView::of).toList());
        }
    }

    @Serdeable
    record DetailView(FileView file, String centreCode, LocalDate planDue, LocalDate acceptanceRequestBy,
                      LocalDate constructionEnd, List<DeadlineView> deadlines, List<TargetView> targets,
                      List<StepView> timeline, List<DocumentView> documents, List<CentreAction> actions) {
        static DetailView of(CentreFileDetail d) {
            return new DetailView(FileView.of(d.file()), d.centreCode(),
                    d.schedule() == null ? null : d.schedule().planDue(),
                    d.schedule() == null ? null : d.schedule().acceptanceRequestBy(),
                    d.schedule() == null ? null : d.schedule().constructionEnd(),
                    d.deadlines().stream().map(DeadlineView::of).toList(),
                    d.targets().stream().map(TargetView::of).toList(), d.timeline().stream().map(StepView::of).toList(),
                    d.documents().stream().map(DocumentView::of).toList(), d.actions());
        }
    }

    /** One yearly target: 标准 3/5. */
    @Serdeable
    record TargetView(TargetKind kind, int year, int achieved, int target) {
        static TargetView of(TargetProgress t) {
            return new TargetView(t.kind(), t.year(), t.achieved(), t.target());
        }
    }

    @Serdeable
    record StepView(String step, String note, String actorName, java.time.Instant at) {
        static StepView of(TimelineEntry t) {
            return new StepView(t.step(), t.note(), t.actorName(), t.at());
        }
    }
}
