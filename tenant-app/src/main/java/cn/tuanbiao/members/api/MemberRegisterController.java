package cn.tuanbiao.members.api;

import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
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
import java.util.UUID;

/** The member register (ORG-4) over REST, with the same service and rules as the UI. */
@Controller("/api/organizations/{organizationId}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Member register")
class MemberRegisterController {

    private final MemberRegister register;

    MemberRegisterController(MemberRegister register) {
        this.register = register;
    }

    @Get("{?kind,stakeholder,q,includeFormer,offset,limit}")
    @Operation(summary = "The member register, filtered by kind, stakeholder category and name, paged")
    Page<MemberView> list(Authentication auth, @PathVariable UUID organizationId, @Nullable @QueryValue MemberKind kind,
                          @Nullable @QueryValue StakeholderCategory stakeholder, @Nullable @QueryValue String q,
                          @QueryValue(defaultValue = "false") boolean includeFormer,
                          @QueryValue(defaultValue = "0") int offset, @QueryValue(defaultValue = "50") int limit) {
        Page<RegisteredMember> page = register.list(Caller.of(auth), new TenantId(organizationId), kind, stakeholder, q,
                includeFormer, new PageRequest(offset, limit));
        return page.map(MemberView::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a member unit or an individual expert (secretariat)")
    MemberView register(Authentication auth, @PathVariable UUID organizationId, @Body Application body) {
        return MemberView.of(register.register(Caller.of(auth), new TenantId(organizationId),
                new MemberApplication(body.kind(), body.name(), body.unitType(), body.creditCode(), body.stakeholder(),
                        Boolean.TRUE.equals(body.foreignInvested()), body.affiliation(), body.expertise(),
                        body.contactName(), body.contactPhone(), body.joinedOn())));
    }

    @Get("/{id}")
    MemberView get(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return MemberView.of(register.get(Caller.of(auth), new TenantId(organizationId), new MemberId(id)));
    }

    @Post("/{id}/leaving")
    @Operation(summary = "Record that a member left the organization on a given day (secretariat)")
    MemberView leave(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id, @Body Leaving body) {
        return MemberView.of(register.recordLeaving(Caller.of(auth), new TenantId(organizationId), new MemberId(id),
                body.leftOn(), body.reason()));
    }

    @Serdeable
    record Application(@Nullable MemberKind kind, @Nullable String name, @Nullable UnitType unitType,
                       @Nullable String creditCode, @Nullable StakeholderCategory stakeholder,
                       @Nullable Boolean foreignInvested, @Nullable String affiliation, @Nullable String expertise,
                       @Nullable String contactName, @Nullable String contactPhone, @Nullable LocalDate joinedOn) {
    }

    @Serdeable
    record Leaving(@Nullable LocalDate leftOn, @Nullable String reason) {
    }

    @Serdeable
    record MemberView(String id, MemberKind kind, String name, @Nullable UnitType unitType, @Nullable String creditCode,
                      StakeholderCategory stakeholder, boolean foreignInvested, @Nullable String affiliation,
                      @Nullable String expertise, @Nullable String contactName, @Nullable String contactPhone,
                      LocalDate joinedOn, @Nullable LocalDate leftOn) {

        static MemberView of(RegisteredMember m) {
            return new MemberView(m.id().toString(), m.kind(), m.name(), m.unitType(),
                    m.creditCode() == null ? null : m.creditCode().value(), m.stakeholder(), m.foreignInvested(),
                    m.affiliation(), m.expertise(), m.contactName(), m.contactPhone(), m.joinedOn(), m.leftOn());
        }
    }
}
