package cn.tuanbiao.implementation.api;

import cn.tuanbiao.implementation.domain.ConversionLevel;
import cn.tuanbiao.implementation.domain.ConversionOutcome;
import cn.tuanbiao.implementation.domain.ImplementationRecord;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.ImplementationSummary;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A published standard's life after publication (LC-8) over REST. */
@Controller("/api/organizations/{organizationId}/standards/{id}/implementation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "After publication")
class ImplementationController {

    private final ImplementationRecords records;

    ImplementationController(ImplementationRecords records) {
        this.records = records;
    }

    @Get("{?kind,offset,limit}")
    @Operation(summary = "The standard's records, newest first, optionally of one kind")
    Page<RecordView> list(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                          @Nullable @QueryValue ImplementationRecordKind kind,
                          @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<ImplementationRecord> page = records.records(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                kind, new PageRequest(offset, limit));
        return page.map(RecordView::of);
    }

    @Get("/summary")
    @Operation(summary = "Records per kind and people reached by the standard's events")
    SummaryView summary(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        ImplementationSummary summary = records.summary(Caller.of(auth), new TenantId(organizationId), new StandardId(id));
        return new SummaryView(summary.recordsByKind(), summary.participants());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record an event, feedback, adoption, conversion request or trademark use (published standards only)")
    RecordView record(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                      @Body RecordRequest body) {
        return RecordView.of(records.record(Caller.of(auth), new TenantId(organizationId), new StandardId(id),
                new RecordDraft(body.kind(), body.occurredOn(), body.title(), body.counterpart(), body.participants(),
                        body.description(), body.conversionLevel())));
    }

    @Post("/{recordId}/outcome")
    @Operation(summary = "Record the outcome of a pending conversion request (once)")
    RecordView decide(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id,
                      @PathVariable UUID recordId, @Body OutcomeRequest body) {
        return RecordView.of(records.decideConversion(Caller.of(auth), new TenantId(organizationId), recordId,
                body.outcome(), body.decidedOn(), body.note()));
    }

    @Serdeable
    record RecordRequest(@Nullable ImplementationRecordKind kind, @Nullable LocalDate occurredOn, @Nullable String title,
                         @Nullable String counterpart, @Nullable Integer participants, @Nullable String description,
                         @Nullable ConversionLevel conversionLevel) {
    }

    @Serdeable
    record OutcomeRequest(@Nullable ConversionOutcome outcome, @Nullable LocalDate decidedOn, @Nullable String note) {
    }

    @Serdeable
    record SummaryView(Map<ImplementationRecordKind, Long> recordsByKind, long participants) {
    }

    @Serdeable
    record RecordView(String id, ImplementationRecordKind kind, LocalDate occurredOn, String title,
                      @Nullable String counterpart, @Nullable Integer participants, @Nullable String description,
                      @Nullable ConversionLevel conversionLevel, @Nullable ConversionOutcome conversionOutcome,
                      @Nullable LocalDate outcomeOn, @Nullable String outcomeNote, @Nullable String recordedByName,
                      String recordedAt) {

        static RecordView of(ImplementationRecord r) {
            return new RecordView(r.id().toString(), r.kind(), r.occurredOn(), r.title(), r.counterpart(), r.participants(),
                    r.description(), r.conversionLevel(), r.conversionOutcome(), r.outcomeOn(), r.outcomeNote(),
                    r.recordedByName(), r.recordedAt().toString());
        }
    }
}
