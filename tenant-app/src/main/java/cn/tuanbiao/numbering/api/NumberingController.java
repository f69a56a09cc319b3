package cn.tuanbiao.numbering.api;

import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The numbering of the organization's own documents (LC-4) over REST. */
@Controller("/api/organizations/{organizationId}/document-numbers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Document numbering")
class NumberingController {

    private final DocumentNumbering numbering;

    NumberingController(DocumentNumbering numbering) {
        this.numbering = numbering;
    }

    @Get("/rules")
    @Operation(summary = "The rule in force for each series (notices, decisions)")
    List<RuleView> rules(Authentication auth, @PathVariable UUID organizationId) {
        return numbering.rules(Caller.of(auth), new TenantId(organizationId)).stream().map(RuleView::of).toList();
    }

    @Put("/rules/{series}")
    @Operation(summary = "Set a series' rule: placeholders {code}, {year}, {seq} or {seq3}; year and sequence required")
    RuleView setRule(Authentication auth, @PathVariable UUID organizationId, @PathVariable DocumentSeries series,
                     @Body RuleView body) {
        return RuleView.of(numbering.setRule(Caller.of(auth), new TenantId(organizationId),
                new NumberingRule(series, body.pattern())));
    }

    @Get("{?series,offset,limit}")
    @Operation(summary = "The numbers issued, newest first")
    Page<IssuedView> issued(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue DocumentSeries series,
                            @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<IssuedNumber> page = numbering.issued(Caller.of(auth), new TenantId(organizationId), series,
                new PageRequest(offset, limit));
        return page.map(IssuedView::of);
    }

    @Serdeable
    record RuleView(@Nullable DocumentSeries series, @Nullable String pattern) {

        static RuleView of(NumberingRule rule) {
            return new RuleView(rule.series(), rule.pattern());
        }
    }

    @Serdeable
    record IssuedView(DocumentSeries series, int year, int sequence, String number, String subjectType, String subjectId,
                      String issuedAt) {

        static IssuedView of(IssuedNumber n) {
            return new IssuedView(n.series(), n.year().getValue(), n.sequence(), n.number(), n.subjectType(),
                    n.subjectId().toString(), n.issuedAt().toString());
        }
    }
}
