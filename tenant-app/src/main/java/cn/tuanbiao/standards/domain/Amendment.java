package cn.tuanbiao.standards.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An amendment (修改单) to a published standard (LC-1): its number within the standard and what it changes. */
public record Amendment(UUID standard, int sequence, String summary, String decisionReference, LocalDate publishedOn,
                        LocalDate inForceFrom, UUID documentId) {

    /** The same amendment with its text stored as {@code document}. */
    public Amendment withDocument(UUID document) {
        return new Amendment(standard, sequence, summary, decisionReference, publishedOn, inForceFrom, document);
    }

    /** How Chinese standards name an amendment: 《T/ZJZZ 4—2023》第1号修改单. */
    public String label(StandardNumber number) {
        return "《" + number + "》第" + sequence + "号修改单";
    }
}
