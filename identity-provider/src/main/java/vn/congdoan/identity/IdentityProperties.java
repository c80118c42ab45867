package vn.congdoan.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in and what their tokens say about them: {@code identity.accounts} (people, with
 * a password), {@code identity.clients} (the claims of clients that act on their own behalf,
 * through the client-credentials grant) and {@code identity.services} (which clients' access
 * tokens name the product's services in {@code aud}).
 */
@ConfigurationProperties("identity")
public record IdentityProperties(List<Account> accounts, Map<String, ClientIdentity> clients, ServiceAudience services) {

    public IdentityProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        services = services == null ? new ServiceAudience(List.of(), List.of()) : services;
    }

    /**
     * The access tokens of {@code clients} carry {@code audiences} (the services' names) in
     * {@code aud}, besides the client's own id: a service accepts only a token naming it, so a
     * token issued to any other client of this provider is refused.
     */
    public record ServiceAudience(List<String> clients, List<String> audiences) {
        public ServiceAudience {
            clients = clients == null ? List.of() : List.copyOf(clients);
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
        }
    }

    /** A person: {@code password} is stored with its encoding prefix, e.g. {@code {noop}demo}. */
    public record Account(String username, String password, String name, String email, String unitCode,
                          List<String> roles, String locale) {
    }

    /** What a client-credentials token says: the unit the other system is allowed to read, and its roles. */
    public record ClientIdentity(String name, String unitCode, List<String> roles) {
    }
}
