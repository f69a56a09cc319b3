package cn.tuanbiao.registry.national.intake;

import cn.tuanbiao.registry.national.shared.Problem;
import cn.tuanbiao.registry.national.signing.Authentication;
import cn.tuanbiao.registry.national.signing.RequestAuthenticator;
import cn.tuanbiao.registry.protocol.CanonicalJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;

import java.util.UUID;

/**
 * {@code POST /v1/deployments/{deploymentId}/events}: a signed batch of events (PROTOCOL §2, §4, §6).
 * The body is read as raw bytes, because the bytes signed must be the bytes checked and stored. The
 * checks run in the order of the protocol's table: MALFORMED, NOT_CANONICAL, DIGEST_MISMATCH, the
 * signature, then the batch's Idempotency-Key.
 */
@Controller("/v1/deployments/{deploymentId}/events")
class IntakeController {

    private final BatchParser parser;
    private final RequestAuthenticator authenticator;
    private final IntakeService intake;

    IntakeController(BatchParser parser, RequestAuthenticator authenticator, IntakeService intake) {
        this.parser = parser;
        this.authenticator = authenticator;
        this.intake = intake;
    }

    @Post(produces = MediaType.APPLICATION_JSON)
    @Consumes(MediaType.ALL)
    HttpResponse<?> receive(@PathVariable String deploymentId, @Nullable @Body byte[] body, HttpRequest<?> request) {
        byte[] bytes = body == null ? new byte[0] : body;
        UUID deployment;
        Batch batch;
        try {
            deployment = uuid(deploymentId, "deploymentId");
            JsonNode tree = parser.tree(bytes);
            if (!CanonicalJson.isCanonical(bytes)) {
                return Problem.of("NOT_CANONICAL", "请求正文不是 RFC 8785 规范形式的 JSON").answer(HttpStatus.BAD_REQUEST);
            }
            batch = parser.batch(tree, bytes);
        } catch (Malformed malformed) {
            return new Problem("MALFORMED", malformed.getMessage(), malformed.field()).answer(HttpStatus.BAD_REQUEST);
        }
        Authentication authentication = authenticator.authenticate(request, bytes, deployment);
        if (authentication instanceof Authentication.Refused refused) {
            return refused.problem().answer(refused.status());
        }
        UUID batchKey;
        try {
            batchKey = uuid(request.getHeaders().get("Idempotency-Key"), "Idempotency-Key");
        } catch (Malformed malformed) {
            return new Problem("MALFORMED", malformed.getMessage(), malformed.field()).answer(HttpStatus.BAD_REQUEST);
        }
        String keyId = ((Authentication.Signed) authentication).key().keyId();
        IntakeService.Outcome outcome = intake.receive(deployment, keyId, batchKey,
                request.getHeaders().get("Content-Digest").strip(), batch);
        if (outcome instanceof IntakeService.Outcome.Answered answered) {
            return HttpResponse.ok(answered.json()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return Problem.of("IDEMPOTENCY_KEY_REUSED", "该批次幂等键（Idempotency-Key）已用于内容不同的另一批次")
                .answer(HttpStatus.CONFLICT);
    }

    private static UUID uuid(String value, String field) throws Malformed {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new Malformed(field, field + " 应为 UUID");
        }
    }
}
