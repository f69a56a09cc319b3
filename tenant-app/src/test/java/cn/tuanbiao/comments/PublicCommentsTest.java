package cn.tuanbiao.comments;

import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.notifications.service.OutboxRelay;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * PART-1 and LC-2: on a draft whose comment period is public, anyone comments without an account,
 * after proving an e-mail address with a code delivered by a real SMTP server on loopback.
 */
class PublicCommentsTest extends PlatformTest {

    private static final Pattern LINK = Pattern.compile("verification=([0-9a-f-]{36})&code=(\\d{6})");

    @Inject
    PublicComments publicComments;
    @Inject
    CommentService comments;
    @Inject
    PatentRegister patents;
    @Inject
    PublicCatalogue catalogue;
    @Inject
    OutboxRelay relay;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;
    @Inject
    Transactions transactions;
    @Inject
    OrganizationRepository organizations;
    @Inject
    @Client("/")
    HttpClient http;

    private GreenMail smtp;
    private PublicOrganization association;
    private TenantId tenant;
    private PersonId secretariat;
    private StandardId publicDraft;
    private String address;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.mail.smtp.host", "127.0.0.1");
        properties.put("tuanbiao.mail.smtp.port", String.valueOf(port));
        properties.put("tuanbiao.mail.smtp.from", "noreply@tuanbiao.example.cn");
        properties.put("tuanbiao.mail.relay.scheduled", "false");
        properties.put("tuanbiao.notifications.deadline-scan.scheduled", "false");
        return properties;
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void aDraftOpenForPublicComment() {
        tenant = fixtures.association("公众意见测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(tenant, SECRETARIAT, COUNCIL_MEMBER, WORKING_GROUP_MEMBER);
        publicDraft = walk.toCommentPeriod(secretariat, tenant, "社区养老 助餐服务 规范", CommentPeriod.Audience.PUBLIC).id();
        String code = transactions.readOnPlatform(() -> organizations.findById(tenant.value()).orElseThrow().code());
        association = catalogue.organization(code);
        address = "resident-" + Fixtures.suffix() + "@example.cn";
    }

    @Test
    void PART_1_the_public_comment_after_proving_their_address_and_the_comment_joins_the_resolution_table() {
        PersonId member = fixtures.memberOf(tenant, MEMBER_REPRESENTATIVE);
        comments.comment(member, tenant, publicDraft, new CommentDraft("4.1", CommentType.TECHNICAL, "会员意见", null, null));

        UUID verification = publicComments.requestCode(association, publicDraft, address, "198.51.100.7");
        String code = codeMailedTo(address, verification);
        publicComments.verify(association, verification, code);
        DraftComment comment = publicComments.comment(association, verification, "王阿姨",
                new CommentDraft("5.3", CommentType.GENERAL, "助餐点应提供软食", "增加软食和低盐餐的要求", "某社区居委会"));

        assertThat(comment.number()).isEqualTo(2);
        assertThat(comments.ofStandard(secretariat, tenant, publicDraft, false, PageRequest.first(10)).items())
                .filteredOn(DraftComment::isPublic)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.commenterName()).isEqualTo("王阿姨");
                    assertThat(c.maskedEmail()).isEqualTo("r***@example.cn");
                    assertThat(c.comment()).isEqualTo("助餐点应提供软食");
                });
    }

    @Test
    void PART_4_anyone_declares_a_patent_the_draft_may_need_after_proving_an_address() {
        UUID verification = publicComments.requestCode(association, publicDraft, address, "198.51.100.7");
        publicComments.verify(association, verification, codeMailedTo(address, verification));

        publicComments.declarePatent(association, verification, new DeclarationDraft("ZL202310654321.0",
                "一种助餐配送保温箱", "某餐饮设备有限公司", PatentLicensing.FRAND, "刘工", null));

        assertThat(patents.ofStandard(secretariat, tenant, publicDraft, PageRequest.first(10)).items())
                .singleElement().satisfies(p -> {
                    assertThat(p.patentNumber()).isEqualTo("ZL202310654321.0");
                    assertThat(p.declarantName()).isEqualTo("刘工");
                    assertThat(p.declarantContact()).isEqualTo(address);
                });
    }

    @Test
    void PART_1_a_wrong_code_is_refused_and_five_wrong_codes_end_the_verification() {
        UUID verification = publicComments.requestCode(association, publicDraft, address, "198.51.100.7");
        String code = codeMailedTo(address, verification);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> publicComments.verify(association, verification, wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactly(tuple("code", "comments.codeWrong")));
        }
        assertThatThrownBy(() -> publicComments.verify(association, verification, code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("comments.codeExpired"));
    }

    @Test
    void PART_1_an_address_not_yet_proven_cannot_comment() {
        UUID verification = publicComments.requestCode(association, publicDraft, address, "198.51.100.7");

        assertThatThrownBy(() -> publicComments.comment(association, verification, "匿名",
                new CommentDraft("5.3", CommentType.GENERAL, "意见", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(tuple("email", "PART-1")));
        assertThat(comments.progress(secretariat, tenant, publicDraft).comments()).isZero();
    }

    @Test
    void PART_1_an_address_gets_at_most_five_codes_an_hour() {
        for (int i = 0; i < 5; i++) {
            publicComments.requestCode(association, publicDraft, address, "198.51.100.7");
        }

        assertThatThrownBy(() -> publicComments.requestCode(association, publicDraft, address, "198.51.100.8"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("email", "comments.tooManyCodes")));
    }

    @Test
    void LC_2_the_public_cannot_comment_on_a_draft_open_to_members_only() {
        StandardId membersOnly = walk.toCommentPeriod(secretariat, tenant, "会员内部征求意见稿",
                CommentPeriod.Audience.MEMBERS).id();

        assertThatThrownBy(() -> publicComments.requestCode(association, membersOnly, address, "198.51.100.7"))
                .isInstanceOfSatisfying(LifecycleRefusal.class, r -> {
                    assertThat(r.requirement()).isEqualTo("LC-2");
                    assertThat(r.messageKey()).isEqualTo("comments.notPublic");
                });
    }

    @Test
    void PART_1_over_http_without_signing_in_a_code_a_proof_and_a_comment() {
        String base = "/api/public/organizations/" + association.code();
        Map<?, ?> requested = http.toBlocking().retrieve(HttpRequest.POST(base + "/standards/" + publicDraft.value()
                + "/comment-verifications", Map.of("email", address)), Map.class);
        UUID verification = UUID.fromString((String) requested.get("verification"));
        String code = codeMailedTo(address, verification);

        HttpResponse<?> proof = http.toBlocking().exchange(HttpRequest.POST(base + "/comment-verifications/" + verification
                + "/proof", Map.of("code", code)));
        Map<?, ?> submitted = http.toBlocking().retrieve(HttpRequest.POST(base + "/comment-verifications/" + verification
                + "/comments", Map.of("name", "李先生", "clause", "6", "commentType", "TECHNICAL",
                "comment", "送餐保温时间应明确")), Map.class);

        assertThat(proof.code()).isEqualTo(204);
        assertThat(submitted.get("number")).isEqualTo(1);
        assertThat(comments.progress(secretariat, tenant, publicDraft).comments()).isEqualTo(1);
    }

    /** Relays the outbox to the SMTP server and reads the code from the link in the e-mail to {@code to}. */
    private String codeMailedTo(String to, UUID verification) {
        while (relay.relay() > 0) {
            // until a round sends nothing
        }
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, to)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no e-mail to " + to));
        String body = textOf(mail);
        assertThat(subjectOf(mail)).contains("社区养老 助餐服务 规范");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a verification link in: %s", body).isTrue();
        assertThat(link.group(1)).isEqualTo(verification.toString());
        return link.group(2);
    }

    private static boolean sentTo(MimeMessage mail, String to) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(a -> ((InternetAddress) a).getAddress().equals(to));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
