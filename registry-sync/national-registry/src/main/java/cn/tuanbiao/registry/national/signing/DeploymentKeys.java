package cn.tuanbiao.registry.national.signing;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

/** The enrolled keys: one indexed look-up per request, whatever the number of events it carries. */
@Singleton
class DeploymentKeys {

    private final DSLContext dsl;

    DeploymentKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<EnrolledKey> find(String keyId) {
        return dsl.select(field(name("deployment_id"), UUID.class), field(name("public_key"), byte[].class))
                .from(table("deployment_keys"))
                .where(field(name("key_id"), String.class).eq(keyId), field(name("revoked_at")).isNull())
                .fetchOptional()
                .map(row -> new EnrolledKey(keyId, row.value1(), decode(row.value2())));
    }

    private static PublicKey decode(byte[] x509) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an enrolled key is not an Ed25519 key", e);
        }
    }
}
