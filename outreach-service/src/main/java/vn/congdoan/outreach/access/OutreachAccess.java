package vn.congdoan.outreach.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static vn.congdoan.security.EndpointAccess.roles;
import static vn.congdoan.security.Role.APPROVER;
import static vn.congdoan.security.Role.FEDERATION_STAFF;
import static vn.congdoan.security.Role.INTEGRATION;
import static vn.congdoan.security.Role.UNIT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdoan.security.EndpointAccess;

/**
 * Which role may call which endpoint of outreach-service. Which units the caller may see or
 * change is decided in the controllers by {@link vn.congdoan.security.UnitScope}.
 */
@Configuration(proxyBeanMethods = false)
class OutreachAccess {

    @Bean
    EndpointAccess outreachEndpoints() {
        String[] readers = roles(UNIT_OFFICER, APPROVER, FEDERATION_STAFF, INTEGRATION);
        return rules -> rules
                .requestMatchers(GET, "/api/activities", "/api/activities/*", "/api/forms", "/api/units/*/facts",
                        "/api/units/*/roster", "/api/plans/*/coverage").hasAnyRole(readers)
                // a unit's officer records its own activities and roster
                .requestMatchers(POST, "/api/activities", "/api/activities/*/corrections").hasRole(UNIT_OFFICER.name())
                .requestMatchers(PUT, "/api/units/*/roster").hasRole(UNIT_OFFICER.name())
                // staff load the rosters of the units in their subtree
                .requestMatchers(POST, "/api/roster-imports").hasRole(FEDERATION_STAFF.name());
    }
}
