package cn.tuanbiao.chambers.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A chamber's fee rules as typed (SUP-3, AUD-2): the fees it charges and the commitment that none is
 * charged in the name of standardization. Refused, each problem naming its field and rule, when the
 * commitment is missing or a fee is charged for standard-setting itself — by its purpose, or by an
 * item whose name says so (立项费, 审查费, 参编费 …) whatever purpose it was filed under.
 */
public record FeeRulesDraft(List<FeeItem> items, boolean noFeeCommitment, String policyReference, String note) {

    /** Names of fees for standard-setting itself, as chambers have been seen to call them. */
    static final List<String> STANDARD_SETTING_FEES = List.of("立项费", "审查费", "评审费", "参编费", "署名费", "发布费",
            "制定费", "编制费", "起草费", "标准费");
    static final int MAX_ITEMS = 50;

    public FeeRulesDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Valid validate() {
        Problems problems = new Problems();
        if (!noFeeCommitment) {
            problems.add(FieldProblem.of("noFeeCommitment", "SUP-3", "chambers.commitmentRequired"));
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("feeItems", "FORMAT", "chambers.tooManyItems", MAX_ITEMS));
        }
        List<FeeItem> clean = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FeeItem item = items.get(i);
            int position = i + 1;
            String name = problems.required("feeItem", item.item(), 200);
            String basis = problems.required("feeBasis", item.basis(), 300);
            String itemNote = problems.optional("feeNote", item.note(), 2000);
            if (item.purpose() == null) {
                problems.add(FieldProblem.of("feePurpose", "FORMAT", "validation.required"));
            } else if (item.purpose().inNameOfStandardization()) {
                problems.add(FieldProblem.of("feePurpose", "SUP-3", "chambers.feeInNameOfStandardization", position,
                        name == null ? "" : name));
            } else if (name != null && STANDARD_SETTING_FEES.stream().anyMatch(name::contains)) {
                problems.add(FieldProblem.of("feeItem", "SUP-3", "chambers.feeInNameOfStandardization", position, name));
            }
            clean.add(new FeeItem(item.purpose(), name, basis, itemNote));
        }
        String reference = problems.optional("feesPolicyReference", policyReference, 200);
        String cleanNote = problems.optional("feesNote", note, 4000);
        problems.throwIfAny();
        return new Valid(List.copyOf(clean), reference, cleanNote);
    }

    /** Checked fee rules: every item allowed, the commitment given. */
    public record Valid(List<FeeItem> items, String policyReference, String note) {
    }
}
