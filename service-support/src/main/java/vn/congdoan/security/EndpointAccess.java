package vn.congdoan.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one place in a service that says which roles may call which endpoint. Anything it does not
 * name is refused (403) to every caller: a new endpoint must be added here, and to the access
 * matrix, before anyone can call it.
 */
@FunctionalInterface
public interface EndpointAccess {

    void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /** For {@code hasAnyRole}: the names of the roles. */
    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
