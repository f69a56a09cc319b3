package cn.tuanbiao;

import cn.tuanbiao.audit.service.AuditVerificationCommand;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the whole platform: the organization workspace, the registry sync and the admin console
 * in one server. With the argument {@code verify-audit} it instead verifies every organization's
 * audit chain (AUD-1) and exits with 0 when all are intact, 1 when any link is broken.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify-audit")) {
            int status;
            try (ApplicationContext context = ApplicationContext.builder(Application.class)
                    .defaultEnvironments("prod").start()) {
                status = context.getBean(AuditVerificationCommand.class).run(System.out);
            }
            System.exit(status);
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("prod")
                .start();
    }
}
