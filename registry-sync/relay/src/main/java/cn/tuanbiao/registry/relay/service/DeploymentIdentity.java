package cn.tuanbiao.registry.relay.service;

import java.security.PrivateKey;
import java.util.UUID;

/** Who this deployment is to the registry: its id there and the key it signs with. */
public record DeploymentIdentity(UUID deploymentId, String keyId, PrivateKey privateKey) {
}
