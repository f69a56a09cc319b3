package cn.tuanbiao.standards.service;

import java.util.Set;
import java.util.UUID;

/** What recording a vote asks of the conflict-of-interest declarations (PART-5): who stood aside. */
public interface Recusals {

    /** The people recused from the standard's vote, read in the current transaction's tenant. */
    Set<UUID> recusedFrom(UUID standard);
}
