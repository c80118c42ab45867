package vn.congdoan.plan.access;

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
 * Which role may call which endpoint of plan-service. Which units the caller may see or change is
 * decided in the controllers by {@link vn.congdoan.security.UnitScope}.
 */
@Configuration(proxyBeanMethods = false)
class PlanAccess {

    @Bean
    EndpointAccess planEndpoints() {
        String[] readers = roles(UNIT_OFFICER, APPROVER, FEDERATION_STAFF, INTEGRATION);
        String staff = FEDERATION_STAFF.name();
        return rules -> rules
                .requestMatchers(GET, "/api/plans", "/api/plans/*", "/api/plans/*/revisions", "/api/assignments/*",
                        "/api/units", "/api/units/*", "/api/units/*/subtree", "/api/units/*/calendar.ics",
                        "/api/units/*/tasks").hasAnyRole(readers)
                // a unit's secret calendar address: made by its own officers, read by calendar apps without a token
                .requestMatchers(GET, "/api/calendar-feeds/*").permitAll()
                .requestMatchers(GET, "/api/units/*/calendar-feed").hasRole(UNIT_OFFICER.name())
                .requestMatchers(POST, "/api/units/*/calendar-feed").hasRole(UNIT_OFFICER.name())
                // plans issued by the caller's unit
                .requestMatchers(POST, "/api/plans", "/api/plans/*/issue", "/api/plans/*/revisions", "/api/plans/*/close",
                        "/api/plan-imports").hasRole(staff)
                .requestMatchers(PUT, "/api/plans/*").hasRole(staff)
                // what an import read and how far a plan reaches: for its issuer's staff, while they correct it
                .requestMatchers(GET, "/api/plan-imports/*", "/api/plans/*/reach").hasRole(staff)
                // a task given to a unit below the caller's; the unit's own officer completes it
                .requestMatchers(POST, "/api/assignments").hasRole(staff)
                .requestMatchers(POST, "/api/assignments/*/completions").hasRole(UNIT_OFFICER.name())
                // the directory below the caller's unit; the operator imports it at setup
                .requestMatchers(POST, "/api/units/import").hasAnyRole(roles(FEDERATION_STAFF, OPERATOR))
                .requestMatchers(POST, "/api/units", "/api/units/*/move", "/api/units/*/close").hasRole(staff)
                .requestMatchers(PUT, "/api/units/*").hasRole(staff)
                .requestMatchers(POST, "/api/sweeps").hasRole(OPERATOR.name());
    }
}
