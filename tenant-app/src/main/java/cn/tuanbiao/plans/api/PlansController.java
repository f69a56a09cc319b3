package cn.tuanbiao.plans.api;

import cn.tuanbiao.documents.api.Uploads;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanReport;
import cn.tuanbiao.plans.domain.PlanStatus;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.service.PlanBook;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.shared.web.Parts;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

/** The organization's development plan and annual work plans (ORG-7) over REST. */
@Controller("/api/organizations/{organizationId}/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Policies and plans")
class PlansController {

    private final PlanBook plans;
    private final FileCheck fileCheck;

    PlansController(PlanBook plans, FileCheck fileCheck) {
        this.plans = plans;
        this.fileCheck = fileCheck;
    }

    @Get("{?kind,year,offset,limit}")
    @Operation(summary = "Plans, newest period first, optionally of one kind and covering one year")
    Page<PlanView> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue PlanKind kind,
                        @Nullable @QueryValue Integer year, @QueryValue(defaultValue = "0") int offset,
                        @QueryValue(defaultValue = "50") int limit) {
        Page<Plan> page = plans.list(Caller.of(auth), new TenantId(organizationId), kind, year, new PageRequest(offset, limit));
        return page.map(PlanView::of);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a plan: parts kind, title, draftingBody (annual plans), fromYear, toYear (development plan), file")
    PlanView submit(Authentication auth, @PathVariable UUID organizationId, @Nullable @Part("kind") String kind,
                    @Nullable @Part("title") String title, @Nullable @Part("draftingBody") String draftingBody,
                    @Nullable @Part("fromYear") String fromYear, @Nullable @Part("toYear") String toYear,
                    @Nullable @Part("file") CompletedFileUpload file) {
        PlanSubmission submission = new PlanSubmission(Parts.enumValue(PlanKind.class, "planKind", kind), title,
                Parts.uuid("draftingBody", draftingBody), Parts.integer("fromYear", fromYear), Parts.integer("toYear", toYear));
        return Uploads.checked(fileCheck, file, text -> PlanView.of(plans.submit(Caller.of(auth),
                new TenantId(organizationId), submission, text)));
    }

    @Post("/{planId}/approval")
    @Operation(summary = "Approve: an annual work plan by the secretariat; the development plan as adopted by a decision body")
    PlanView approve(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID planId,
                     @Body ApprovalRequest body) {
        return PlanView.of(plans.approve(Caller.of(auth), new TenantId(organizationId), planId, body.approvedOn(),
                body.reference(), body.adoptingBody()));
    }

    @Post("/{planId}/reports")
    @Operation(summary = "Report progress on an approved plan")
    ReportView report(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID planId,
                      @Body ReportRequest body) {
        return ReportView.of(plans.report(Caller.of(auth), new TenantId(organizationId), planId, body.period(),
                body.reportedOn(), body.summary()));
    }

    @Get("/{planId}/reports{?offset,limit}")
    Page<ReportView> reports(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID planId,
                             @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<PlanReport> page = plans.reports(Caller.of(auth), new TenantId(organizationId), planId,
                new PageRequest(offset, limit));
        return page.map(ReportView::of);
    }

    @Serdeable
    record ApprovalRequest(@Nullable LocalDate approvedOn, @Nullable String reference, @Nullable UUID adoptingBody) {
    }

    @Serdeable
    record ReportRequest(@Nullable String period, @Nullable LocalDate reportedOn, @Nullable String summary) {
    }

    @Serdeable
    record PlanView(String id, PlanKind kind, String title, @Nullable String draftingBodyName, int fromYear, int toYear,
                    PlanStatus status, String documentId, @Nullable LocalDate approvedOn,
                    @Nullable String approvedByBodyName, @Nullable String approvalReference) {

        static PlanView of(Plan p) {
            return new PlanView(p.id().toString(), p.kind(), p.title(), p.draftingBodyName(), p.fromYear(), p.toYear(),
                    p.status(), p.documentId().toString(), p.approvedOn(), p.approvedByBodyName(), p.approvalReference());
        }
    }

    @Serdeable
    record ReportView(String id, String period, LocalDate reportedOn, String summary, @Nullable String reportedByName) {

        static ReportView of(PlanReport r) {
            return new ReportView(r.id().toString(), r.period(), r.reportedOn(), r.summary(), r.reportedByName());
        }
    }
}
