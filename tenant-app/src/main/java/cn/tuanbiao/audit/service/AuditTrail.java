package cn.tuanbiao.audit.service;

import cn.tuanbiao.audit.domain.AuditEntry;

/**
 * Records facts in the organization's audit log (AUD-1). Call it inside the tenant transaction
 * of the change it records, so that the change and its record commit or roll back together.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
