package cn.tuanbiao.innovation.service;

import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.Deadline;
import cn.tuanbiao.innovation.persistence.InnovationStore;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily warnings of the centres' windows (SUP-5): within {@code tuanbiao.innovation.warn-days-before}
 * days (30 by default) of each deadline a warning, once it has passed an overdue notice — each once
 * per recipient, window and date ({@link Notifications#remind}), to the base's administrators and
 * secretariat and to the centre's. The base owns every file, so no SECURITY DEFINER function is
 * needed: the innovation bases are listed from the platform's register (a few per province), and
 * each base's files are read in that base's own transaction.
 */
@Singleton
public class CentreDeadlineScan {

    private static final Recipients STAFF = Recipients.roles(Set.of(OrganizationRole.ADMINISTRATOR,
            OrganizationRole.SECRETARIAT));

    private final Transactions transactions;
    private final InnovationStore store;
    private final CentreFiles files;
    private final Notifications notifications;

    public CentreDeadlineScan(Transactions transactions, InnovationStore store, CentreFiles files,
                              Notifications notifications) {
        this.transactions = transactions;
        this.store = store;
        this.files = files;
        this.notifications = notifications;
    }

    /** Scans now; returns the notifications added. */
    public int run() {
        int added = 0;
        for (TenantId base : transactions.readOnPlatform(store::activeBases)) {
            List<Due> due = transactions.readInTenant(base, () -> {
                List<Due> found = new ArrayList<>();
                for (InnovationStore.FileWithCode row : store.all()) {
                    for (Deadline d : files.deadlines(row.file())) {
                        if (d.needsAttention()) {
                            found.add(new Due(row.file(), d));
                        }
                    }
                }
                return found;
            });
            for (Due d : due) {
                NotificationKind kind = d.deadline().state() == Deadline.State.OVERDUE ? NotificationKind.CENTRE_OVERDUE
                        : NotificationKind.CENTRE_DEADLINE;
                Map<String, String> params = Map.of("centre", d.file().name(),
                        "deadline", "centreDeadline." + d.deadline().kind().name(), "date", d.deadline().due().toString());
                added += notifications.remind(base, STAFF, kind,
                        new SubjectLink(SubjectLink.INNOVATION_CENTRE, d.file().id().value()), params, d.deadline().due());
                added += notifications.remind(d.file().centre(), STAFF, kind,
                        new SubjectLink(SubjectLink.OWN_CENTRE_FILE, d.file().id().value()), params, d.deadline().due());
            }
        }
        return added;
    }

    private record Due(CentreFile file, Deadline deadline) {
    }
}
