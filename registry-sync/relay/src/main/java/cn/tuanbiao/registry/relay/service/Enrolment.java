package cn.tuanbiao.registry.relay.service;

import cn.tuanbiao.registry.relay.persistence.RelayStore;
import cn.tuanbiao.registry.relay.persistence.RelayStore.StoredEnrolment;
import cn.tuanbiao.tenancy.Transactions;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deployment's identity at the registry: on first use, an Ed25519 key pair is made and its
 * public key enrolled with the operator's enrolment token (PROTOCOL §1, §3); the enrolment is kept
 * in the database so every relay process of the deployment signs as the same deployment.
 */
@Singleton
public class Enrolment {

    private final RegistrySettings settings;
    private final RelayStore store;
    private final Transactions transactions;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Clock clock;
    private final AtomicReference<DeploymentIdentity> identity = new AtomicReference<>();

    public Enrolment(RegistrySettings settings, RelayStore store, Transactions transactions, ObjectMapper json,
                     Clock clock) {
        this.settings = settings;
        this.store = store;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout()).build();
    }

    /** The identity, enrolling first when this deployment never did; fails while the registry cannot be reached. */
    public DeploymentIdentity identity() {
        DeploymentIdentity known = identity.get();
        if (known != null) {
            return known;
        }
        StoredEnrolment stored = transactions.readOnPlatform(() -> store.enrolment(settings.base()))
                .orElseGet(this::enrol);
        DeploymentIdentity loaded = new DeploymentIdentity(stored.deploymentId(), stored.keyId(), privateKey(stored));
        identity.compareAndSet(null, loaded);
        return identity.get();
    }

    @Serdeable
    record EnrolmentRequest(String name, String publicKey) {
    }

    @Serdeable
    record EnrolmentAnswer(UUID deploymentId, String keyId) {
    }

    private StoredEnrolment enrol() {
        try {
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] publicKey = keys.getPublic().getEncoded();
            String body = json.writeValueAsString(new EnrolmentRequest(settings.deploymentName(),
                    Base64.getEncoder().encodeToString(publicKey)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.base() + "/v1/enrolments"))
                    .timeout(settings.requestTimeout())
                    .header("content-type", "application/json; charset=utf-8")
                    .header("authorization", "Bearer " + settings.enrolmentToken())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the registry refused the enrolment: HTTP " + response.statusCode()
                        + " " + response.body());
            }
            EnrolmentAnswer answer = json.readValue(response.body(), EnrolmentAnswer.class);
            StoredEnrolment enrolment = new StoredEnrolment(answer.deploymentId(), answer.keyId(),
                    keys.getPrivate().getEncoded(), publicKey);
            transactions.onPlatform(() -> {
                store.saveEnrolment(settings.base(), enrolment, clock.instant());
                return null;
            });
            // Another relay may have enrolled at the same moment: the stored enrolment is the one used.
            return transactions.readOnPlatform(() -> store.enrolment(settings.base())).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("the registry cannot be reached for enrolment", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while enrolling", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17", e);
        }
    }

    private static java.security.PrivateKey privateKey(StoredEnrolment stored) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored deployment key is not an Ed25519 PKCS#8 key", e);
        }
    }
}
