package cn.tuanbiao.registry.relay.api;

import cn.tuanbiao.registry.relay.domain.Backlog;
import cn.tuanbiao.registry.relay.persistence.RelayStore.DeadLetter;
import cn.tuanbiao.registry.relay.service.SyncBacklog;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.web.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** The operator's registry sync over REST, the same service as the 注册同步 page (PUB-1). */
@Controller("/api/platform/registry-sync")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Registry sync")
class RegistrySyncController {

    private final SyncBacklog backlog;

    RegistrySyncController(SyncBacklog backlog) {
        this.backlog = backlog;
    }

    @Get("/backlog")
    @Operation(summary = "The current backlog: events waiting, the oldest of them, how many of those written since it "
            + "the registry has settled, and the rejected and dead events (operator)")
    BacklogView backlog(Authentication auth) {
        return BacklogView.of(backlog.backlog(Caller.of(auth)));
    }

    @Get("/dead-letters{?offset,limit}")
    @Operation(summary = "The dead letters across organizations, newest first, paged (operator)")
    Page<DeadLetterView> deadLetters(Authentication auth, @QueryValue(defaultValue = "0") int offset,
                                     @QueryValue(defaultValue = "50") int limit) {
        return backlog.deadLetters(Caller.of(auth), new PageRequest(offset, limit)).map(DeadLetterView::of);
    }

    @Post("/dead-letters/{organizationId}/{id}/replay")
    @Operation(summary = "Send one dead letter again, its tries counted anew; replayed is false when it was no longer dead")
    Replayed replay(Authentication auth, @PathVariable UUID organizationId, @PathVariable UUID id) {
        return new Replayed(backlog.replay(Caller.of(auth), organizationId, id) ? 1 : 0);
    }

    @Post("/dead-letters/replay")
    @Operation(summary = "Send every dead letter again (operator)")
    Replayed replayAll(Authentication auth) {
        return new Replayed(backlog.replayAll(Caller.of(auth)));
    }

    @Serdeable
    record BacklogView(long pending, Instant oldestPending, long windowEvents, long windowSettled, double progress,
                       long rejected, long dead) {

        static BacklogView of(Backlog b) {
            return new BacklogView(b.pending(), b.oldestPending(), b.windowEvents(), b.windowSettled(), b.progress(),
                    b.rejected(), b.dead());
        }
    }

    @Serdeable
    record DeadLetterView(UUID organizationId, String organization, UUID id, String subjectKey, int sequence,
                          String type, int attempts, String errorCode, String errorMessage, Instant createdAt) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.tenant(), d.organization(), d.id(), d.subjectKey(), d.sequence(), d.type(),
                    d.attempts(), d.errorCode(), d.errorMessage(), d.createdAt());
        }
    }

    @Serdeable
    record Replayed(int replayed) {
    }
}
