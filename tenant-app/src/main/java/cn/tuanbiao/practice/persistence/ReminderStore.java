package cn.tuanbiao.practice.persistence;

import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Across organizations, through V32's good_practice_reminders_due: who is to be reminded to self-evaluate. */
@Singleton
public class ReminderStore {

    /** An organization whose first standard was published on {@code firstPublished}: its self-evaluation is due on {@code due}. */
    public record Due(TenantId tenant, LocalDate firstPublished, LocalDate due) {
    }

    private final DSLContext db;

    public ReminderStore(DSLContext db) {
        this.db = db;
    }

    public List<Due> due(LocalDate today) {
        return db.resultQuery("select due_tenant_id, first_published_on, due_on from good_practice_reminders_due({0})",
                        DSL.val(today))
                .fetch(r -> new Due(new TenantId(r.get(0, UUID.class)), r.get(1, LocalDate.class), r.get(2, LocalDate.class)));
    }
}
