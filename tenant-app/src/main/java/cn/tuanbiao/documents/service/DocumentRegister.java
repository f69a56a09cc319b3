package cn.tuanbiao.documents.service;

import cn.tuanbiao.documents.domain.DocumentKind;

import java.util.Set;
import java.util.UUID;

/** What the lifecycle asks of the documents: which kinds a subject already has (LC-5 gates). */
public interface DocumentRegister {

    /**
     * The kinds of document with at least one version for the subject, read in the current
     * transaction's tenant.
     */
    Set<DocumentKind> kindsPresent(String subjectType, UUID subjectId);
}
