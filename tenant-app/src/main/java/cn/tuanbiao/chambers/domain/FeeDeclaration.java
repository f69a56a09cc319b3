package cn.tuanbiao.chambers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One declared version of a chamber's fee rules for standardization (收费规则声明, SUP-3). */
public record FeeDeclaration(int version, LocalDate declaredOn, boolean noFeeCommitment, String policyReference,
                             String note, List<FeeItem> items, String declaredByName, Instant declaredAt) {

    /** The commitment every declaration carries, word for word. */
    public static final String COMMITMENT = "本会承诺：不以标准化名义收取任何费用，不向参与标准制定的单位和个人收取立项、起草、审查、"
            + "发布、参编或署名费用（SUP-3）。";

    public FeeDeclaration {
        items = List.copyOf(items);
    }
}
