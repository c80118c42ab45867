package vn.congdoan.reporting.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static vn.congdoan.security.EndpointAccess.roles;
import static vn.congdoan.security.Role.APPROVER;
import static vn.congdoan.security.Role.FEDERATION_STAFF;
import static vn.congdoan.security.Role.INTEGRATION;
import static vn.congdoan.security.Role.OPERATOR;
import static vn.congdoan.security.Role.UNIT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdoan.security.EndpointAccess;

/**
 * Which role may call which endpoint of reporting-service. Which units the caller may see or
 * change is decided in the controllers by {@link vn.congdoan.security.UnitScope}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

    @Bean
    EndpointAccess reportingEndpoints() {
        String[] readers = roles(UNIT_OFFICER, APPROVER, FEDERATION_STAFF, INTEGRATION);
        return rules -> rules
                .requestMatchers(GET, "/api/reports", "/api/reports/*", "/api/plans/*", "/api/plans/*/targets", "/api/plans/*/periods",
                        "/api/plans/*/periods/*/completeness", "/api/plans/*/periods/*/rollup",
                        "/api/plans/*/periods/*/missing", "/api/plans/*/periods/*/export.xlsx",
                        "/api/plans/*/periods/*/export.csv", "/api/units/*/expected-reports").hasAnyRole(readers)
                // a unit's officer submits its own report; the parent's staff enters one received on paper
                .requestMatchers(POST, "/api/reports", "/api/units/*/reports").hasAnyRole(roles(UNIT_OFFICER, FEDERATION_STAFF))
                .requestMatchers(POST, "/api/reports/*/approval").hasRole(APPROVER.name())
                .requestMatchers(PUT, "/api/plans/*/timeliness").hasRole(FEDERATION_STAFF.name())
                .requestMatchers(POST, "/api/evaluations").hasRole(OPERATOR.name());
    }
}
