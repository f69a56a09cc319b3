package cn.tuanbiao.demo;

import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.domain.SchemeHeader;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The good-practice catalogue (PUB-2) as the operator imports it — the seed file standing in for the
 * official 2024 indicators — and the demo association's draft self-evaluation of last year, pre-filled
 * from its records and partly answered by its secretariat.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoGoodPractice {

    static final String SEED = "practice/gbt20004-2024-indicators.csv";

    private final PracticeCatalogue catalogue;
    private final SelfEvaluations evaluations;

    DemoGoodPractice(PracticeCatalogue catalogue, SelfEvaluations evaluations) {
        this.catalogue = catalogue;
        this.evaluations = evaluations;
    }

    void loadCatalogue(PersonId operator) {
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream(SEED)) {
            catalogue.importFile(operator, SchemeHeader.of2024("2024", "团体标准化良好行为评价指标（2024 版）"),
                    "gbt20004-2024-indicators.csv", seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void loadDraft(TenantId association, PersonId secretariat) {
        int year = evaluations.lastYear();
        evaluations.open(secretariat, association, year);
        evaluations.answer(secretariat, association, year, "1.1.1", new AnswerInput(null, true, "社会团体法人登记证书有效"));
        evaluations.answer(secretariat, association, year, "1.1.2", new AnswerInput(null, true, "章程第六条"));
        evaluations.answer(secretariat, association, year, "1.4.1", new AnswerInput(new BigDecimal("2"), null,
                "秘书处专职标准化工作人员 3 名"));
        evaluations.answer(secretariat, association, year, "3.2.1", new AnswerInput(new BigDecimal("2.5"), null,
                "2 项标准组织宣贯，1 项尚未宣贯"));
    }
}
