package cn.tuanbiao.registry.national.reconciliation;

import cn.tuanbiao.registry.national.shared.Problem;
import cn.tuanbiao.registry.national.signing.Authentication;
import cn.tuanbiao.registry.national.signing.RequestAuthenticator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

import java.util.UUID;

/**
 * {@code GET /v1/deployments/{deploymentId}/digests?after=&limit=}: reconciliation (PROTOCOL §7),
 * signed like a batch but over an empty body (its Content-Digest is that of no bytes), and only for
 * the deployment's own keys.
 */
@Controller("/v1/deployments/{deploymentId}/digests")
class DigestsController {

    private final RequestAuthenticator authenticator;
    private final Digests digests;

    DigestsController(RequestAuthenticator authenticator, Digests digests) {
        this.authenticator = authenticator;
        this.digests = digests;
    }

    @Get
    HttpResponse<?> digests(@PathVariable String deploymentId, @Nullable @QueryValue String after,
                            @Nullable @QueryValue Integer limit, HttpRequest<?> request) {
        UUID deployment;
        try {
            deployment = UUID.fromString(deploymentId);
        } catch (IllegalArgumentException e) {
            return new Problem("MALFORMED", "部署标识应为 UUID", "deploymentId").answer(HttpStatus.BAD_REQUEST);
        }
        int pageSize = limit == null ? Digests.DEFAULT_LIMIT : limit;
        if (pageSize < 1 || pageSize > Digests.LARGEST_LIMIT) {
            return new Problem("FIELD_INVALID", "limit 应在 1 到 1000 之间", "limit").answer(HttpStatus.BAD_REQUEST);
        }
        Authentication authentication = authenticator.authenticate(request, new byte[0], deployment);
        if (authentication instanceof Authentication.Refused refused) {
            return refused.problem().answer(refused.status());
        }
        return HttpResponse.ok(digests.page(deployment, after == null ? "" : after, pageSize));
    }
}
