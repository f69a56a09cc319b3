package cn.tuanbiao.registry.national.signing;

import cn.tuanbiao.registry.national.shared.Problem;
import cn.tuanbiao.registry.national.shared.RegistrySettings;
import cn.tuanbiao.registry.protocol.MessageSignatures;
import cn.tuanbiao.registry.protocol.SignedRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.net.URI;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a deployment's request as PROTOCOL §2 says: Content-Digest over the body, then the
 * RFC 9421 Ed25519 signature by an enrolled key, once per request. A valid signature by another
 * deployment's key than the one in the path is {@code 403 NOT_YOUR_SUBJECT}: the signature proves
 * who sent it, and that sender may not act for this deployment.
 */
@Singleton
public class RequestAuthenticator {

    private static final String[] SIGNED_HEADERS = {"content-type", "content-digest", "idempotency-key",
            "signature-input", "signature"};

    private final DeploymentKeys keys;
    private final RegistrySettings settings;
    private final Clock clock;

    RequestAuthenticator(DeploymentKeys keys, RegistrySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public Authentication authenticate(HttpRequest<?> request, byte[] body, UUID deploymentId) {
        if (request.getHeaders().get("signature") == null || request.getHeaders().get("signature-input") == null) {
            // Checked first so that an unsigned GET (no Content-Digest either) says what is missing.
            return refused(MessageSignatures.Refusal.SIGNATURE_MISSING);
        }
        EnrolledKey[] found = new EnrolledKey[1];
        Optional<MessageSignatures.Refusal> refusal = MessageSignatures.verify(signedRequest(request), body,
                keyId -> {
                    found[0] = keys.find(keyId).orElse(null);
                    return found[0] == null ? null : found[0].publicKey();
                }, clock.instant());
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        if (!found[0].deploymentId().equals(deploymentId)) {
            return new Authentication.Refused(HttpStatus.FORBIDDEN, Problem.of("NOT_YOUR_SUBJECT",
                    "签名密钥属于另一个部署，不能代表此部署发送"));
        }
        return new Authentication.Signed(found[0]);
    }

    private SignedRequest signedRequest(HttpRequest<?> request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : SIGNED_HEADERS) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new SignedRequest(request.getMethodName(), targetUri(request), headers);
    }

    /** The URI the deployment signed: the configured public address, else this request's scheme and Host. */
    private String targetUri(HttpRequest<?> request) {
        URI uri = request.getUri();
        String origin = settings.publicUrl().isEmpty()
                ? (request.isSecure() ? "https" : "http") + "://" + request.getHeaders().get("host")
                : settings.publicUrl();
        return origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Authentication refused(MessageSignatures.Refusal refusal) {
        return switch (refusal) {
            case DIGEST_MISMATCH -> new Authentication.Refused(HttpStatus.BAD_REQUEST,
                    Problem.of("DIGEST_MISMATCH", "Content-Digest 与请求正文不符"));
            case SIGNATURE_MISSING -> unauthorized(refusal, "请求缺少 Signature-Input 或 Signature 签名头");
            case SIGNATURE_INVALID -> unauthorized(refusal, "签名无效：请求在签名后被改动，或签名格式不符合协议");
            case SIGNATURE_EXPIRED -> unauthorized(refusal, "签名已过期或时间不符（有效期最长 5 分钟，允许 60 秒时钟偏差）");
            case UNKNOWN_KEY -> unauthorized(refusal, "签名密钥未登记或已吊销");
        };
    }

    private static Authentication unauthorized(MessageSignatures.Refusal refusal, String message) {
        return new Authentication.Refused(HttpStatus.UNAUTHORIZED,
                Problem.of(refusal.name().toUpperCase(Locale.ROOT), message));
    }
}
