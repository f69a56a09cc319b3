package cn.tuanbiao.tenancy;

import java.util.Objects;
import java.util.UUID;

/** The organization that owns a row: the value of every tenant-owned table's leading {@code tenant_id}. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
