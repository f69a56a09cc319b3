package cn.tuanbiao.standards.service;

import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;

/**
 * What sending the draft to review asks of the comments (PART-1): how many there are and how many
 * have their disposition; and, once the gate is passed, keeping the resolution table as the
 * standard's document (LC-5). Both run in the current transaction's tenant.
 */
public interface CommentResolution {

    Progress progress(StandardId standard);

    void fileResolutionTable(TenantId tenant, PersonId by, StandardId standard);

    record Progress(int comments, int disposed) {

        public int open() {
            return comments - disposed;
        }
    }
}
