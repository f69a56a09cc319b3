package cn.tuanbiao.registry.national.enrolment;

import cn.tuanbiao.registry.national.shared.Problem;
import cn.tuanbiao.registry.national.shared.RegistrySettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/** {@code POST /v1/enrolments}: the registry operator's enrolment token admits a deployment's public key. */
@Controller("/v1/enrolments")
class EnrolmentController {

    private final EnrolmentService enrolments;
    private final byte[] token;

    EnrolmentController(EnrolmentService enrolments, RegistrySettings settings) {
        this.enrolments = enrolments;
        this.token = ("Bearer " + settings.enrolmentToken()).getBytes(StandardCharsets.UTF_8);
    }

    @Post
    HttpResponse<?> enrol(@Nullable @Header("Authorization") String authorization, @Nullable @Body EnrolmentRequest request) {
        if (authorization == null || !MessageDigest.isEqual(token, authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            return Problem.of("ENROLMENT_TOKEN_INVALID", "缺少或错误的登记令牌（Authorization: Bearer …）")
                    .answer(HttpStatus.UNAUTHORIZED);
        }
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            return invalid("name", "请填写部署名称（不超过 200 个字符）");
        }
        byte[] publicKey;
        try {
            publicKey = Base64.getDecoder().decode(request.publicKey() == null ? "" : request.publicKey());
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return invalid("publicKey", "公钥应为 Ed25519 公钥的 X.509 SubjectPublicKeyInfo，以 Base64 编码");
        }
        UUID deploymentId;
        try {
            deploymentId = request.deploymentId() == null ? null : UUID.fromString(request.deploymentId());
        } catch (IllegalArgumentException e) {
            return invalid("deploymentId", "部署标识应为 UUID");
        }
        try {
            EnrolmentService.Outcome outcome = enrolments.enrol(request.name().strip(), publicKey, deploymentId);
            return HttpResponse.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.enrolment());
        } catch (EnrolmentService.UnknownDeployment e) {
            return new Problem("UNKNOWN_DEPLOYMENT", "登记处没有这个部署", "deploymentId").answer(HttpStatus.NOT_FOUND);
        }
    }

    private static HttpResponse<Problem> invalid(String field, String message) {
        return new Problem("FIELD_INVALID", message, field).answer(HttpStatus.BAD_REQUEST);
    }
}
