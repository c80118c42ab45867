package vn.congdoan.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may sign in and what their tokens say about them: {@code identity.accounts} (people, with
 * a password) and {@code identity.clients} (the claims of clients that act on their own behalf,
 * through the client-credentials grant).
 */
@ConfigurationProperties("identity")
public record IdentityProperties(List<Account> accounts, Map<String, ClientIdentity> clients) {

    public IdentityProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** A person: {@code password} is stored with its encoding prefix, e.g. {@code {noop}demo}. */
    public record Account(String username, String password, String name, String email, String unitCode,
                          List<String> roles, String locale) {
    }

    /** What a client-credentials token says: the unit the other system is allowed to read, and its roles. */
    public record ClientIdentity(String name, String unitCode, List<String> roles) {
    }
}
