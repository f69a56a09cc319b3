package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The alliance's self-regulation convention (自律公约, SUP-1): its secretariat publishes each
 * version whole (versions are numbered 1, 2, … and never changed); everyone with a role in the
 * alliance reads them. Members accept it from their own side, through {@link AllianceChannel}.
 */
@Singleton
public class AllianceConventions {

    public static final String SUBJECT = "ALLIANCE_CONVENTION";

    private final AccessControl access;
    private final AllianceSecretariat secretariat;
    private final AllianceStore store;
    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    public AllianceConventions(AccessControl access, AllianceSecretariat secretariat, AllianceStore store,
                               UserRepository users, AuditTrail audit, Clock clock) {
        this.access = access;
        this.secretariat = secretariat;
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the next version; refused to anyone but the alliance's secretariat and administrators. */
    public Convention publish(PersonId caller, TenantId alliance, ConventionText text) {
        ConventionText valid = text.validate();
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            Instant now = clock.instant();
            String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
            Convention published = store.insertConvention(alliance, valid, caller, name, now);
            audit.record(new AuditEntry(alliance, caller, SUBJECT, alliance.value(), "CONVENTION_PUBLISHED", null,
                    Map.of("version", Integer.toString(published.version()), "title", published.title())));
            return published;
        });
    }

    /** Every version, newest first, for anyone with a role in the alliance. */
    public List<Convention> versions(PersonId caller, TenantId alliance) {
        return access.readIn(caller, alliance, actor -> store.conventions());
    }
}
