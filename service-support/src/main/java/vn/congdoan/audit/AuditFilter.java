package vn.congdoan.audit;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.congdoan.security.UnitScope;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE) of a signed-in caller in the
 * {@link AuditTrail} once it is answered, whatever the answer: it runs inside the security filter
 * chain, after the token is verified and around the role check, so that a refusal is recorded
 * with its status too. A request without a valid token (401) changes nothing and is not recorded.
 */
class AuditFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String UNIT_VARIABLE = "unitId";

    private final AuditTrail trail;
    private final UnitScope scope;

    AuditFilter(AuditTrail trail, UnitScope scope) {
        this.trail = trail;
        this.scope = scope;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // unless the chain returns normally
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            record(request, status);
        }
    }

    private void record(HttpServletRequest request, int status) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken)) {
            return;
        }
        String path = request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
        try {
            trail.record(scope.caller(), request.getMethod(), path, targetUnit(request), status);
        } catch (RuntimeException e) {
            // the change itself is done and answered: the missing record is an operator's matter
            log.error("audit record not written: {} {} answered {}", request.getMethod(), path, status, e);
        }
    }

    /** The unit the request names: {@code {unitId}} in its path, {@code ?unitId=}, or a unit itself ({@code /api/units/{id}}). */
    @SuppressWarnings("unchecked")
    static String targetUnit(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> any) {
            Map<String, String> variables = (Map<String, String>) any;
            if (variables.containsKey(UNIT_VARIABLE)) {
                return variables.get(UNIT_VARIABLE);
            }
            if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                    && pattern.startsWith("/api/units/{id}")) {
                return variables.get("id");
            }
        }
        return request.getParameter(UNIT_VARIABLE);
    }
}
