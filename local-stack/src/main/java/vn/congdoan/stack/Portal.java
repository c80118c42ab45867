package vn.congdoan.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The officers' web pages: the portal module's executable jar as a child process, signing people in
 * at the stack's identity provider and calling the four services. Its address is the one the
 * services write into e-mail links.
 */
final class Portal {
    static final String NAME = "portal";
    static final int PORT = 8080;

    private Portal() {
    }

    /** The address e-mails link to: the portal as the local stack serves it. */
    static String baseUrl() {
        return "http://127.0.0.1:" + PORT;
    }

    /** Needs the provider ready (it reads its discovery document when it starts), not the services. */
    static ServiceProcess start(Path jar, String issuer, List<ServiceProcess> services, Path logFile) {
        return ServiceProcess.start(NAME, jar, PORT, Map.of(
                "PORTAL_ISSUER_URI", issuer,
                "PORTAL_CLIENT_SECRET", System.getenv().getOrDefault("PORTAL_CLIENT_SECRET",
                        IdentityProvider.DEMO_PORTAL_SECRET),
                "PORTAL_SERVICES_PLAN", url(services, "plan-service"),
                "PORTAL_SERVICES_OUTREACH", url(services, "outreach-service"),
                "PORTAL_SERVICES_REPORTING", url(services, "reporting-service"),
                "PORTAL_SERVICES_NOTIFICATION", url(services, "notification-service")), logFile);
    }

    private static String url(List<ServiceProcess> services, String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().baseUrl();
    }
}
