package cn.tuanbiao.registry.national.signing;

import java.security.PublicKey;
import java.util.UUID;

/** A deployment's enrolled, unrevoked Ed25519 key. */
public record EnrolledKey(String keyId, UUID deploymentId, PublicKey publicKey) {
}
