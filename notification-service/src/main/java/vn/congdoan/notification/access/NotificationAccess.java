package vn.congdoan.notification.access;

import static org.springframework.http.HttpMethod.DELETE;
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
 * Which role may call which endpoint of notification-service. Which officers and units the
 * caller may see or change is decided in the controllers ({@link vn.congdoan.security.UnitScope},
 * {@code OfficerScope}): an officer is the signed-in person whose e-mail is theirs.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccess {

    @Bean
    EndpointAccess notificationEndpoints() {
        String[] readers = roles(UNIT_OFFICER, APPROVER, FEDERATION_STAFF, INTEGRATION);
        String[] officerOrStaff = roles(UNIT_OFFICER, FEDERATION_STAFF);
        String officer = UNIT_OFFICER.name();
        return rules -> rules
                // the officer directory: read in scope (personal data masked), managed by staff
                .requestMatchers(GET, "/api/officers", "/api/officers/*").hasAnyRole(readers)
                .requestMatchers(POST, "/api/officers/import").hasAnyRole(roles(FEDERATION_STAFF, OPERATOR))
                .requestMatchers(POST, "/api/officers").hasRole(FEDERATION_STAFF.name())
                .requestMatchers(PUT, "/api/officers/*").hasRole(FEDERATION_STAFF.name())
                .requestMatchers(DELETE, "/api/officers/*").hasRole(FEDERATION_STAFF.name())
                // the officer's own settings (their staff may read and set preferences, read the webhook)
                .requestMatchers(GET, "/api/officers/*/preferences", "/api/officers/*/webhook").hasAnyRole(officerOrStaff)
                .requestMatchers(PUT, "/api/officers/*/preferences").hasAnyRole(officerOrStaff)
                .requestMatchers(PUT, "/api/officers/*/webhook").hasRole(officer)
                .requestMatchers(POST, "/api/officers/*/webhook-secret").hasRole(officer)
                .requestMatchers(DELETE, "/api/officers/*/webhook-secret").hasRole(officer)
                // inboxes: the officer's own and the unit's
                .requestMatchers(GET, "/api/officers/*/notifications", "/api/units/*/notifications").hasRole(officer)
                .requestMatchers(POST, "/api/officers/*/notifications/read", "/api/units/*/notifications/read",
                        "/api/notifications/*/read").hasRole(officer)
                // a unit's digest time and follow-up
                .requestMatchers(GET, "/api/units/*/digest-time", "/api/units/*/follow-up").hasAnyRole(readers)
                .requestMatchers(PUT, "/api/units/*/digest-time").hasAnyRole(officerOrStaff)
                .requestMatchers(DELETE, "/api/units/*/digest-time").hasAnyRole(officerOrStaff)
                .requestMatchers(POST, "/api/follow-ups").hasRole(OPERATOR.name());
    }
}
