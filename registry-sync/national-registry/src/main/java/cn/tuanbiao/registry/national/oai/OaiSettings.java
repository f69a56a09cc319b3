package cn.tuanbiao.registry.national.oai;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * OAI-PMH settings (PROTOCOL §8): records or sets per page, the repository's name and the
 * administrator's address that Identify names.
 */
@Singleton
public class OaiSettings {

    /** The namespace part of every identifier: {@code oai:registry.tuanbiao.cn:{standardKey}}. */
    public static final String REPOSITORY_IDENTIFIER = "registry.tuanbiao.cn";
    public static final String IDENTIFIER_PREFIX = "oai:" + REPOSITORY_IDENTIFIER + ":";

    private final int pageSize;
    private final String repositoryName;
    private final String adminEmail;

    public OaiSettings(@Value("${tuanbiao.registry.oai.page-size:100}") int pageSize,
                       @Value("${tuanbiao.registry.oai.repository-name:团体标准信息登记处}") String repositoryName,
                       @Value("${tuanbiao.registry.oai.admin-email:registry@tuanbiao.cn}") String adminEmail) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("tuanbiao.registry.oai.page-size must be 1–1000, not " + pageSize);
        }
        this.pageSize = pageSize;
        this.repositoryName = repositoryName;
        this.adminEmail = adminEmail;
    }

    public int pageSize() {
        return pageSize;
    }

    public String repositoryName() {
        return repositoryName;
    }

    public String adminEmail() {
        return adminEmail;
    }
}
