package vn.congdoan.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The officers' web pages: the portal module's executable jar as a child process, signing people in
 * at the stack's identity provider and calling the four services. Its address is the one the
 * services write into e-mail links, and the one the provider lets the portal's client return to
 * ({@code PORTAL_BASE_URL} of the provider).
 */
public final class Portal {
    public static final String NAME = "portal";
    static final int PORT = 8080;

    private Portal() {
    }

    /** The address the portal started on {@code port} answers at. */
    public static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Needs the provider ready (it reads its discovery document when it starts), not the services.
     *
     * @param serviceUrl the base URL of each service by name ("plan-service", …)
     * @param settings   more environment, e.g. {@code CONGDOAN_CLOCK_START}
     */
    public static ServiceProcess start(Path jar, int port, String issuer, UnaryOperator<String> serviceUrl,
                                       Map<String, String> settings, Path logFile) {
        Map<String, String> env = new HashMap<>(settings);
        env.put("PORTAL_ISSUER_URI", issuer);
        env.put("PORTAL_CLIENT_SECRET", IdentityProvider.portalSecret());
        env.put("PORTAL_SERVICES_PLAN", serviceUrl.apply("plan-service"));
        env.put("PORTAL_SERVICES_OUTREACH", serviceUrl.apply("outreach-service"));
        env.put("PORTAL_SERVICES_REPORTING", serviceUrl.apply("reporting-service"));
        env.put("PORTAL_SERVICES_NOTIFICATION", serviceUrl.apply("notification-service"));
        return ServiceProcess.start(NAME, jar, port, env, logFile);
    }
}
