package cn.tuanbiao.console.excellence.service;

import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.console.supervision.domain.ReportTable;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.i18n.Messages;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The excellence pool and an organization's history as Excel workbooks, Chinese headers (official records). */
@Singleton
public class ExcellenceExports {

    private final SupervisionExports exports;
    private final Messages messages;

    public ExcellenceExports(SupervisionExports exports, Messages messages) {
        this.exports = exports;
        this.messages = messages;
    }

    public ReportTable poolTable(String title, List<PoolRow> rows) {
        return new ReportTable(title, List.of("团体名称", "社会团体代号", "地区代码", "入选年度", "入选日期", "退出日期",
                "最近考核年度", "得分", "等级"),
                rows.stream().map(r -> List.<Object>of(r.nameZh(), r.code(), r.regionCode(), r.entryYear(),
                        r.enteredOn().toString(), r.exitedOn().map(Object::toString).orElse(""),
                        r.latest().map(a -> (Object) a.year()).orElse(""),
                        r.latest().map(a -> a.score().toPlainString()).orElse(""),
                        r.latest().map(this::grade).orElse(""))).toList());
    }

    public ReportTable historyTable(List<PoolMembership> history) {
        List<List<Object>> rows = new ArrayList<>();
        for (PoolMembership m : history) {
            rows.add(List.of("入选", String.valueOf(m.entryYear()), m.enteredOn().toString(), "", "", m.entryReason()));
            for (Assessment a : m.assessments()) {
                rows.add(List.of("年度考核", String.valueOf(a.year()), a.assessedAt().toString().substring(0, 10),
                        a.score().toPlainString(), grade(a), a.comment()));
            }
            m.exit().ifPresent(e -> rows.add(List.of("退出", "", e.on().toString(), "", "", e.reason())));
        }
        String name = history.isEmpty() ? "" : history.get(0).nameZh();
        return new ReportTable(name + "培优计划记录", List.of("事项", "年度", "日期", "得分", "等级", "理由或意见"), rows);
    }

    public void writeExcel(List<ReportTable> tables, OutputStream out) {
        exports.writeExcel(tables, out);
    }

    private String grade(Assessment a) {
        return messages.get(Messages.CHINESE, "excellenceGrade." + a.grade().name());
    }
}
