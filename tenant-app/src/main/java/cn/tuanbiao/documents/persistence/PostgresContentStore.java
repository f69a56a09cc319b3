package cn.tuanbiao.documents.persistence;

import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.DOCUMENT_CONTENTS;

/** Document bytes in the {@code document_contents} table, streamed in so that a large file never sits in memory. */
@Singleton
public class PostgresContentStore implements ContentStore {

    private final DSLContext db;

    public PostgresContentStore(DSLContext db) {
        this.db = db;
    }

    @Override
    public UUID put(TenantId tenant, Path file, long sizeBytes, String sha256) {
        UUID existing = db.select(DOCUMENT_CONTENTS.ID).from(DOCUMENT_CONTENTS)
                .where(DOCUMENT_CONTENTS.SHA256.eq(sha256)).fetchOne(DOCUMENT_CONTENTS.ID);
        if (existing != null) {
            return existing;
        }
        UUID id = UUID.randomUUID();
        db.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into document_contents (tenant_id, id, sha256, size_bytes, content) values (?, ?, ?, ?, ?)");
                 InputStream content = Files.newInputStream(file)) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, id);
                insert.setString(3, sha256);
                insert.setLong(4, sizeBytes);
                insert.setBinaryStream(5, content, sizeBytes);
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return id;
    }

    @Override
    public byte[] read(UUID contentId) {
        return db.select(DOCUMENT_CONTENTS.CONTENT).from(DOCUMENT_CONTENTS)
                .where(DOCUMENT_CONTENTS.ID.eq(contentId)).fetchOne(DOCUMENT_CONTENTS.CONTENT);
    }
}
