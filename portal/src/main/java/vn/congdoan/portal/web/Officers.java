package vn.congdoan.portal.web;

import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.portal.services.Services;

/** Finds who is signed in, once per session: the claims, the unit they belong to, their officer record. */
@Component
public class Officers {
    private static final String SESSION_KEY = Officer.class.getName();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Services services;

    Officers(Services services) {
        this.services = services;
    }

    public Officer current(Authentication authentication, HttpSession session, OAuth2AuthorizedClient client) {
        Object known = session.getAttribute(SESSION_KEY);
        if (known instanceof Officer officer) {
            return officer;
        }
        Officer officer = resolve(claims(authentication, client));
        session.setAttribute(SESSION_KEY, officer);
        return officer;
    }

    /** The ID token's claims, completed by the access token's (where the provider puts unit and roles). */
    private static Map<String, Object> claims(Authentication authentication, OAuth2AuthorizedClient client) {
        Map<String, Object> claims = new java.util.HashMap<>();
        if (client != null) {
            String[] parts = client.getAccessToken().getTokenValue().split("\\.");
            if (parts.length == 3) {
                claims.putAll(JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class));
            }
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            claims.putAll(user.getClaims());
        }
        return claims;
    }

    private Officer resolve(Map<String, Object> claims) {
        String unitCode = (String) claims.get("unit_code");
        String email = (String) claims.get("email");
        Set<String> roles = new HashSet<>();
        if (claims.get("roles") instanceof Collection<?> values) {
            values.forEach(role -> roles.add(String.valueOf(role)));
        }
        String name = (String) claims.getOrDefault("name", claims.get("preferred_username"));
        Unit unit = unitCode == null ? null : findUnit(unitCode);
        String officerId = unit == null || email == null ? null : findOfficer(unit.id(), email);
        return new Officer(name, email, Set.copyOf(roles), unit == null ? null : unit.id(), unitCode,
                unit == null ? null : unit.name(), unit == null ? null : unit.level(), officerId);
    }

    private Unit findUnit(String code) {
        Page<Unit> units = services.plan().get().uri("/api/units?code={code}", code).retrieve()
                .body(new org.springframework.core.ParameterizedTypeReference<Page<Unit>>() { });
        return units == null || units.items().isEmpty() ? null : units.items().getFirst();
    }

    private String findOfficer(String unitId, String email) {
        Page<OfficerRecord> officers = services.notification().get()
                .uri("/api/officers?unitId={unit}&size=200", unitId).retrieve()
                .body(new org.springframework.core.ParameterizedTypeReference<Page<OfficerRecord>>() { });
        return officers == null ? null : officers.items().stream()
                .filter(o -> email.equalsIgnoreCase(o.email())).map(OfficerRecord::id).findFirst().orElse(null);
    }

    record Page<T>(List<T> items) {
    }

    record Unit(String id, String code, String name, String level, String parentId) {
    }

    record OfficerRecord(String id, String email) {
    }
}
