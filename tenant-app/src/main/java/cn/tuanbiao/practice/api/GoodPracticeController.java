package cn.tuanbiao.practice.api;

import cn.tuanbiao.declarations.domain.RegistryChange;
import cn.tuanbiao.practice.domain.Answer;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.domain.Evaluation;
import cn.tuanbiao.practice.domain.Evidence;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.practice.service.SelfEvaluations.EvaluationView;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An organization's good-practice self-evaluations (PUB-2) over REST, through the same service as the UI. */
@Controller("/api/organizations/{organizationId}/good-practice/evaluations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Good-practice self-evaluation")
class GoodPracticeController {

    private final SelfEvaluations evaluations;

    GoodPracticeController(SelfEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Get
    @Operation(summary = "The organization's self-evaluations, newest year first")
    List<EvaluationSummary> list(Authentication auth, @PathVariable UUID organizationId) {
        return evaluations.list(Caller.of(auth), new TenantId(organizationId)).stream().map(EvaluationSummary::of).toList();
    }

    @Get("/{year}")
    @Operation(summary = "A year's self-evaluation: indicators with answers and evidence, total, stars, warnings, the statement's sync")
    EvaluationResponse get(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year) {
        return EvaluationResponse.of(evaluations.view(Caller.of(auth), new TenantId(organizationId), year));
    }

    @Post("/{year}")
    @Operation(summary = "Open the year's self-evaluation against the latest scheme, pre-filled from the records (secretariat, administrator)")
    EvaluationResponse open(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year) {
        return EvaluationResponse.of(evaluations.open(Caller.of(auth), new TenantId(organizationId), year));
    }

    @Post("/{year}/refresh")
    @Operation(summary = "Check the records again: pre-filled and unanswered indicators take what they prove now")
    EvaluationResponse refresh(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year) {
        return EvaluationResponse.of(evaluations.refresh(Caller.of(auth), new TenantId(organizationId), year));
    }

    @Put("/{year}/answers/{code}")
    @Operation(summary = "Answer one third-level indicator: a score from 0 to its points, or met for a basic condition")
    EvaluationResponse answer(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year,
                              @PathVariable String code, @Body AnswerRequest body) {
        return EvaluationResponse.of(evaluations.answer(Caller.of(auth), new TenantId(organizationId), year, code,
                new AnswerInput(body.score(), body.met(), body.note())));
    }

    @Post("/{year}/submission")
    @Operation(summary = "Submit the evaluation and publish the statement to the national registry (STATEMENT event)")
    EvaluationResponse submit(Authentication auth, @PathVariable UUID organizationId, @PathVariable int year,
                              @Body SubmissionRequest body) {
        return EvaluationResponse.of(evaluations.submit(Caller.of(auth), new TenantId(organizationId), year,
                body.truthful()));
    }

    @Serdeable
    record AnswerRequest(@Nullable BigDecimal score, @Nullable Boolean met, @Nullable String note) {
    }

    @Serdeable
    record SubmissionRequest(boolean truthful) {
    }

    @Serdeable
    record EvaluationSummary(int year, String schemeVersion, String status, @Nullable String submittedAt) {
        static EvaluationSummary of(Evaluation e) {
            return new EvaluationSummary(e.year(), e.schemeVersion(), e.status().name(),
                    e.submittedAt() == null ? null : e.submittedAt().toString());
        }
    }

    @Serdeable
    record AnswerView(@Nullable BigDecimal score, @Nullable Boolean met, @Nullable String note, String source,
                      List<Evidence> evidence) {
        static AnswerView of(Answer a) {
            return a == null ? null : new AnswerView(a.score(), a.met(), a.note(), a.source().name(), a.evidence());
        }
    }

    @Serdeable
    record IndicatorView(String code, int level, String name, @Nullable String nameEn, BigDecimal points,
                         boolean basic, @Nullable String criteria, @Nullable String evidenceRule,
                         @Nullable BigDecimal score, @Nullable AnswerView answer) {
    }

    @Serdeable
    record SyncView(int sequence, String type, String state, @Nullable String receipt, @Nullable String errorField,
                    @Nullable String errorMessage, String createdAt) {
        static SyncView of(RegistryChange c) {
            return new SyncView(c.sequence(), c.type().name(), c.state().name(),
                    c.receipt() == null ? null : c.receipt().toString(), c.errorField(), c.errorMessage(),
                    c.createdAt().toString());
        }
    }

    @Serdeable
    record EvaluationResponse(int year, String schemeVersion, String schemeTitle, String status,
                              @Nullable String submittedAt, @Nullable String submittedBy, BigDecimal total,
                              BigDecimal totalPoints, int stars, boolean basicConditionFailed,
                              List<String> failedBasicConditions, int unanswered, List<IndicatorView> indicators,
                              List<SyncView> sync) {

        static EvaluationResponse of(EvaluationView view) {
            Evaluation e = view.evaluation();
            List<IndicatorView> indicators = view.catalogue().indicators().stream().map((Indicator i) -> new IndicatorView(
                    i.code(), i.level(), i.nameZh(), i.nameEn(), i.points(), i.basic(), i.criteria(),
                    i.evidence() == null ? null : i.evidence().toString(),
                    view.scorecard().scoreByCode().get(i.code()), AnswerView.of(e.answers().get(i.code())))).toList();
            return new EvaluationResponse(e.year(), e.schemeVersion(), view.catalogue().scheme().title(),
                    e.status().name(), e.submittedAt() == null ? null : e.submittedAt().toString(), e.submittedByName(),
                    view.scorecard().total(), view.catalogue().scheme().totalPoints(), view.scorecard().stars(),
                    view.scorecard().basicConditionFailed(),
                    view.scorecard().failedBasic().stream().map(Indicator::code).toList(),
                    view.scorecard().unanswered().size(), indicators,
                    view.sync().stream().map(SyncView::of).toList());
        }
    }
}
