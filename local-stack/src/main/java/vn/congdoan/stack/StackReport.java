package vn.congdoan.stack;

import java.io.PrintStream;
import java.util.List;

/** What the launcher prints once everything is healthy. */
final class StackReport {

    private StackReport() {
    }

    static void printReady(StackSettings settings, List<ServiceProcess> services, double seconds) {
        PrintStream out = System.out;
        out.println();
        out.printf("All services healthy in %.1f s.%n%n", seconds);
        out.printf("  %-22s %-24s %s%n", "service", "base URL", "health");
        services.forEach(service -> out.printf("  %-22s %-24s %s%n",
                service.name(), service.baseUrl(), service.managementUrl() + "/actuator/health"));
        out.printf("  %-22s %-24s %s%n", IdentityProvider.NAME, settings.issuer(),
                "demo accounts (password demo): TOKEN=$(./token canbo.lequydon)");
        out.printf("  %-22s %s%n", "kafka", "127.0.0.1:" + settings.kafkaPort());
        out.printf("  %-22s %s%n", "mongodb (stand-in)", "mongodb://127.0.0.1:" + settings.mongoPort());
        out.printf("  %-22s %s%n", "mail catcher", "smtp://127.0.0.1:" + MailCatcher.SMTP_PORT
                + ", read over imap://127.0.0.1:" + MailCatcher.IMAP_PORT + " (login = password = the address)");
        out.println();
        out.println("  logs: " + settings.logs());
        out.println("  data: " + settings.dir() + "  (stop the stack, then delete it to start afresh)");
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
