package cn.tuanbiao.chambers.service;

import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.AnnualReport.Cases;
import cn.tuanbiao.chambers.domain.AnnualReport.Implementation;
import cn.tuanbiao.chambers.domain.AnnualReport.StandardsWork;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.shared.i18n.Messages;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The annual report said in words, section by section, in one language: the page shows it in the
 * reader's, the PDF in Chinese (an official record). One wording for both.
 */
@Singleton
public class AnnualReportText {

    /** A numbered section: its heading and paragraphs; tables are drawn from the report itself. */
    public record Section(String heading, List<String> paragraphs) {
    }

    private final Messages messages;

    public AnnualReportText(Messages messages) {
        this.messages = messages;
    }

    public String title(Locale locale, AnnualReport report) {
        return say(locale, "chambers.report.heading", report.organizationName(), String.valueOf(report.year()));
    }

    public String subtitle(Locale locale, AnnualReport report) {
        return say(locale, "chambers.report.subtitle", report.asOf().toString());
    }

    public List<Section> sections(Locale locale, AnnualReport report) {
        List<Section> sections = new ArrayList<>();
        StandardsWork s = report.standards();
        sections.add(new Section(say(locale, "chambers.report.section.standards"), List.of(say(locale,
                "chambers.report.standards", s.proposed(), s.projectsApproved(), s.approved(), s.published(),
                s.withdrawn(), s.inForce()))));
        sections.add(new Section(say(locale, "chambers.report.section.participation"), List.of(
                say(locale, "chambers.report.commentPeriods", report.commentPeriods().closed(),
                        report.commentPeriods().atLeastThirtyDays()),
                say(locale, "chambers.report.ballots", report.ballots().closed(), report.ballots().passed()))));
        int meetings = report.meetings().stream().mapToInt(AnnualReport.MeetingsHeld::held).sum();
        String byKind = report.meetings().stream()
                .map(m -> say(locale, "meetingKind." + m.kind()) + " " + m.held())
                .collect(Collectors.joining(Messages.ENGLISH.equals(Messages.supported(locale)) ? ", " : "，"));
        sections.add(new Section(say(locale, "chambers.report.section.meetings"), List.of(meetings == 0
                ? say(locale, "chambers.report.noMeetings") : say(locale, "chambers.report.meetings", meetings, byKind))));
        Implementation i = report.implementation();
        sections.add(new Section(say(locale, "chambers.report.section.implementation"), List.of(say(locale,
                "chambers.report.implementation", i.disseminations(), i.trainings(), i.participants(), i.feedback(),
                i.adoptions(), i.conversionRequests()), say(locale, "chambers.report.declarations",
                report.declarations().confirmed()))));
        Cases c = report.cases();
        sections.add(new Section(say(locale, "chambers.report.section.cases"), List.of(c.received() == 0
                ? say(locale, "chambers.report.noCases")
                : say(locale, "chambers.report.cases", c.appeals(), c.complaints(), c.disputes(), c.concluded(),
                c.concludedInTime()))));
        sections.add(new Section(say(locale, "chambers.report.section.goodPractice"), List.of(report.goodPractice()
                .map(g -> "SUBMITTED".equals(g.status())
                        ? say(locale, "chambers.report.goodPracticeSubmitted", String.valueOf(g.year()), g.total(),
                        g.stars() == null ? 0 : g.stars())
                        : say(locale, "chambers.report.goodPracticeDraft", String.valueOf(g.year())))
                .orElse(say(locale, "chambers.report.noGoodPractice", String.valueOf(report.year()))))));
        List<String> fees = new ArrayList<>();
        fees.add(report.feesPolicies().isEmpty() ? say(locale, "chambers.report.noFeesPolicy")
                : say(locale, "chambers.report.feesPolicy", String.join("；", report.feesPolicies())));
        fees.add(report.feeRules().map(f -> declared(locale, f)).orElse(say(locale, "chambers.report.noFeeRules")));
        sections.add(new Section(say(locale, "chambers.report.section.fees"), fees));
        return sections;
    }

    /** The declaration's head line: version, date, commitment, and how many fees it lists. */
    public String declared(Locale locale, FeeDeclaration f) {
        return say(locale, "chambers.report.feeRules", f.version(), f.declaredOn().toString(), f.items().size())
                + " " + say(locale, "chambers.fees.commitmentText");
    }

    private String say(Locale locale, String key, Object... arguments) {
        return messages.get(locale, key, arguments);
    }
}
