package cn.tuanbiao.chambers.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.LocalDate;

/** Which organizations and years SUP-3's report and declaration concern. */
public final class ChamberRules {

    private ChamberRules() {
    }

    /** The annual report and the fee-rules declaration are a chamber of commerce's (SUP-3). */
    public static void requireChamber(OrganizationKind kind) {
        if (kind != OrganizationKind.CHAMBER_OF_COMMERCE) {
            throw new InvalidInputException(FieldProblem.of("organization", "SUP-3", "chambers.notAChamber"));
        }
    }

    /** A report covers a year that has begun. */
    public static void requireReportableYear(int year, LocalDate today) {
        if (year < 1990 || year > today.getYear()) {
            throw new InvalidInputException(FieldProblem.of("reportYear", "SUP-3", "chambers.yearOutOfRange",
                    1990, today.getYear()));
        }
    }
}
