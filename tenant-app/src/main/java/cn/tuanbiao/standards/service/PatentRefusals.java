package cn.tuanbiao.standards.service;

import java.util.UUID;

/** What approval asks of the IP register (PART-4): refusals to license that nobody has decided about yet. */
public interface PatentRefusals {

    /** Undecided refusals on the standard, read in the current transaction's tenant. */
    int undecided(UUID standard);
}
