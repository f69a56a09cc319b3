package cn.tuanbiao.standards.domain;

import cn.tuanbiao.documents.domain.DocumentKind;

import java.time.LocalDate;
import java.util.Set;

/** What a gate looks at besides the project: the documents it has (LC-5) and today's date. */
public record Evidence(Set<DocumentKind> documents, LocalDate today) {

    public Evidence {
        documents = Set.copyOf(documents);
    }
}
