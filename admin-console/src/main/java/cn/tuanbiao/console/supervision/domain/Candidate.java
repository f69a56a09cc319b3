package cn.tuanbiao.console.supervision.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * One candidate of a draw's pool: its stable key (organization code or person id), the
 * organization or person, a label (name), an organization's region, its rank in the draw (1 first),
 * whether it was drawn, and for a drawn organization the finding once recorded.
 */
public record Candidate(CandidatePool pool, String key, UUID subjectId, String label, String regionCode, int rank,
                        boolean drawn, Optional<Finding> finding) {

    public Candidate withFinding(Finding newFinding) {
        return new Candidate(pool, key, subjectId, label, regionCode, rank, drawn, Optional.of(newFinding));
    }
}
