package cn.tuanbiao.catalogue;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.domain.PublicStatus;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** PUB-3: anyone, without signing in, finds an organization's published standards and its drafts open for public comment. */
class PublicCatalogueTest extends PlatformTest {

    @Inject
    PublicCatalogue catalogue;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;
    @Inject
    MutableClock clock;
    @Inject
    Transactions transactions;
    @Inject
    OrganizationRepository organizations;
    @Inject
    @Client("/")
    HttpClient http;

    private PublicOrganization association;
    private StandardId published;
    private StandardId publicDraft;
    private StandardId membersOnlyDraft;
    private StandardId proposal;

    @BeforeEach
    void anAssociationWithWorkInEveryState() {
        TenantId tenant = fixtures.association("目录测试协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(tenant, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        published = standards.registerEarlierPublication(secretariat, tenant, new EarlierPublication("预制菜 冷链配送 服务规范",
                null, "本文件规定了预制菜冷链配送的服务要求和评价方法。", 12, null, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1), "浙江某冷链物流有限公司")).id();
        standards.registerEarlierPublication(secretariat, tenant, new EarlierPublication("电动自行车 充电柜 安全要求",
                null, "本文件规定了电动自行车集中充电柜的安全要求。", 13, null, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 2, 1), "浙江某电器有限公司"));
        publicDraft = walk.toCommentPeriod(secretariat, tenant, "智慧菜场 建设与管理规范", CommentPeriod.Audience.PUBLIC).id();
        membersOnlyDraft = walk.toCommentPeriod(secretariat, tenant, "会员内部 草案", CommentPeriod.Audience.MEMBERS).id();
        proposal = standards.propose(secretariat, tenant, new Proposal("尚在提案的标准", null, "本文件规定了提案阶段的内容。",
                false, false), null).id();
        String code = transactions.readOnPlatform(() -> organizations.findById(tenant.value()).orElseThrow().code());
        association = catalogue.organization(code.toLowerCase());
    }

    @Test
    void PUB_3_the_catalogue_shows_published_standards_and_public_drafts_and_nothing_else_in_work() {
        assertThat(catalogue.published(association, null, PageRequest.first(20)).items())
                .extracting(CatalogueEntry::titleZh, CatalogueEntry::status)
                .containsExactly(tuple("电动自行车 充电柜 安全要求", PublicStatus.IN_FORCE),
                        tuple("预制菜 冷链配送 服务规范", PublicStatus.IN_FORCE));
        assertThat(catalogue.openDrafts(association, PageRequest.first(20)).items())
                .extracting(CatalogueEntry::id).containsExactly(publicDraft.value());

        for (StandardId hidden : List.of(membersOnlyDraft, proposal)) {
            assertThatThrownBy(() -> catalogue.entry(association, hidden.value())).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void PUB_3_search_finds_a_standard_by_title_scope_or_number() {
        assertThat(catalogue.published(association, "冷链", PageRequest.first(20)).items())
                .extracting(CatalogueEntry::number).containsExactly("T/" + association.code() + " 12—2024");
        assertThat(catalogue.published(association, "集中充电", PageRequest.first(20)).items())
                .extracting(CatalogueEntry::titleZh).containsExactly("电动自行车 充电柜 安全要求");
        assertThat(catalogue.published(association, "T/" + association.code() + " 13", PageRequest.first(20)).items())
                .extracting(CatalogueEntry::titleZh).containsExactly("电动自行车 充电柜 安全要求");
        assertThat(catalogue.published(association, "不存在的标准", PageRequest.first(20)).total()).isZero();
    }

    @Test
    void PUB_3_an_open_draft_offers_its_text_and_notes_and_leaves_the_catalogue_when_its_period_ends() {
        assertThat(catalogue.document(association, publicDraft.value(), DocumentKind.DRAFT_FOR_COMMENT).bytes()).startsWith('%', 'P', 'D', 'F');
        assertThatThrownBy(() -> catalogue.document(association, publicDraft.value(), DocumentKind.PROJECT_PLAN))
                .isInstanceOf(NotFoundException.class);

        clock.advance(Duration.ofDays(30));

        assertThat(catalogue.openDrafts(association, PageRequest.first(20)).total()).isZero();
        assertThatThrownBy(() -> catalogue.entry(association, publicDraft.value())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void PUB_3_the_catalogue_answers_over_http_without_signing_in() {
        Map<?, ?> page = http.toBlocking().retrieve(HttpRequest.GET("/api/public/organizations/" + association.code()
                + "/standards?text=%E5%86%B7%E9%93%BE"), Map.class);
        List<String> titles = ((List<?>) page.get("items")).stream().map(item -> (String) ((Map<?, ?>) item).get("titleZh"))
                .toList();
        assertThat(titles).containsExactly("预制菜 冷链配送 服务规范");

        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/public/organizations/" + association.code()
                + "/standards/" + proposal.value()), Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }
}
