package vn.congdoan.security;

import java.util.Set;

/**
 * Who is calling, from a verified access token: the server records this as who acted, never a
 * name from the request body.
 *
 * @param subject  the token's {@code sub}: a person's account or a client's id
 * @param name     the display name ({@code name}, else {@code preferred_username}, else the subject)
 * @param email    the {@code email} claim: how a service finds the caller among its officers; may be null
 * @param unitCode the {@code unit_code} claim
 * @param unit     that unit as this service's directory knows it; null when it is not (yet) there
 */
public record Caller(String subject, String name, String email, Set<Role> roles, String unitCode, UnitPlace unit) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
