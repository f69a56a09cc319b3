package cn.tuanbiao.audit.service;

import cn.tuanbiao.audit.domain.ChainVerification;
import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The platform's audit verification command ({@code verify-audit}, AUD-1): walks every
 * organization's chain, prints each broken link with the organization it is in and a progress
 * line every thousand organizations, and answers with an exit status (0 intact, 1 broken).
 */
@Singleton
public class AuditVerificationCommand {

    private static final int PROGRESS_EVERY = 1_000;

    private final AuditLog log;

    public AuditVerificationCommand(AuditLog log) {
        this.log = log;
    }

    public int run(PrintStream out) {
        AtomicLong organizations = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong broken = new AtomicLong();
        long started = System.nanoTime();
        log.verifyAll(verification -> {
            long seen = organizations.incrementAndGet();
            events.addAndGet(verification.eventsChecked());
            if (!verification.intact()) {
                broken.incrementAndGet();
                out.println("BROKEN " + verification.organizationCode() + " (" + verification.tenant() + "): "
                        + describe(verification));
            }
            if (seen % PROGRESS_EVERY == 0) {
                out.println("… " + seen + " organizations, " + events.get() + " events checked");
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf("Checked %d organizations and %d events in %d ms: %s%n", organizations.get(), events.get(), millis,
                broken.get() == 0 ? "every chain is intact" : broken.get() + " chain(s) broken");
        return broken.get() == 0 ? 0 : 1;
    }

    private static String describe(ChainVerification verification) {
        return verification.breaks().stream().map(b -> b.problem() + " at event " + b.sequence())
                .collect(Collectors.joining(", "));
    }
}
