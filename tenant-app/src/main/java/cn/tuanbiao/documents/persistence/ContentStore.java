package cn.tuanbiao.documents.persistence;

import cn.tuanbiao.tenancy.TenantId;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Where document bytes live. PostgreSQL by default ({@link PostgresContentStore}); an
 * S3-compatible object store can implement this later without touching the document register.
 * Both methods run in the caller's tenant transaction.
 */
public interface ContentStore {

    /** Stores the file for the tenant and returns its content id; identical bytes get the same id. */
    UUID put(TenantId tenant, Path file, long sizeBytes, String sha256);

    byte[] read(UUID contentId);
}
