package cn.tuanbiao.comments.service;

import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.domain.ResolutionTableHeading;
import cn.tuanbiao.comments.persistence.CommentStore;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The comment resolution table of a draft (PART-1): exported on request as Excel or Word, and kept
 * as the standard's 意见汇总处理表 document (LC-5) when the draft goes to review.
 */
@Singleton
public class ResolutionTables {

    /** What the table is exported as. */
    public enum Format {
        EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        WORD("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private final AccessControl access;
    private final StandardLookup standards;
    private final CommentStore comments;
    private final OrganizationRepository organizations;
    private final ResolutionTableDocuments writer;
    private final DocumentService documents;
    private final FileCheck fileCheck;
    private final Clock clock;

    public ResolutionTables(AccessControl access, StandardLookup standards, CommentStore comments,
                            OrganizationRepository organizations, ResolutionTableDocuments writer,
                            DocumentService documents, FileCheck fileCheck, Clock clock) {
        this.access = access;
        this.standards = standards;
        this.comments = comments;
        this.organizations = organizations;
        this.writer = writer;
        this.documents = documents;
        this.fileCheck = fileCheck;
        this.clock = clock;
    }

    /** Writes the table as it stands, for anyone with a role in the organization. */
    public void export(PersonId caller, TenantId tenant, StandardId standard, Format format, OutputStream out) {
        access.readIn(caller, tenant, actor -> {
            write(tenant, standards.find(tenant, standard), format, out);
            return null;
        });
    }

    /** The file name a download gets: 《title》意见汇总处理表.xlsx */
    public String fileName(PersonId caller, TenantId tenant, StandardId standard, Format format) {
        StandardProject project = access.readIn(caller, tenant, actor -> standards.find(tenant, standard));
        return project.subject().titleZh() + "-意见汇总处理表." + format.extension();
    }

    /** Keeps the Word table as the next version of the standard's resolution table; runs in the caller's transaction. */
    void file(TenantId tenant, PersonId by, StandardProject project) {
        Path generated = null;
        try {
            generated = Files.createTempFile("resolution-table", ".docx");
            try (OutputStream out = Files.newOutputStream(generated)) {
                write(tenant, project, Format.WORD, out);
            }
            String fileName = project.subject().titleZh() + "-意见汇总处理表.docx";
            try (InputStream in = Files.newInputStream(generated); CheckedFile checked = fileCheck.check(fileName, in)) {
                documents.addVersion(tenant, by, StandardService.SUBJECT, project.id().value(),
                        DocumentKind.COMMENT_RESOLUTION_TABLE, "", checked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(generated);
        }
    }

    private void write(TenantId tenant, StandardProject project, Format format, OutputStream out) {
        ResolutionTableHeading heading = heading(tenant, project);
        Consumer<Consumer<DraftComment>> rows = sink -> comments.forEach(project.id().value(), sink);
        switch (format) {
            case EXCEL -> writer.writeExcel(heading, rows, out);
            case WORD -> writer.writeWord(heading, rows, out);
        }
    }

    private ResolutionTableHeading heading(TenantId tenant, StandardProject project) {
        CommentStore.Summary summary = comments.summary(project.id().value());
        String organization = organizations.findById(tenant.value()).map(o -> o.nameZh()).orElseThrow();
        return new ResolutionTableHeading(project.subject().titleZh(), organization,
                LocalDate.now(clock.withZone(StandardService.CHINA)), summary.comments(), summary.commenters(),
                summary.accepted(), summary.partiallyAccepted(), summary.notAccepted());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temp directory
            }
        }
    }
}
