package vn.congdoan.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import vn.congdoan.identity.IdentityProperties.Account;

/**
 * The people who may sign in, for the login form and for the claims of their tokens: those of
 * {@code identity.accounts}, plus any a test registers for the units it creates.
 */
public class Accounts implements UserDetailsService {
    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();

    Accounts(Iterable<Account> accounts) {
        accounts.forEach(this::register);
    }

    /** Adds or replaces an account. */
    public void register(Account account) {
        byUsername.put(account.username(), account);
    }

    Optional<Account> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return User.withUsername(account.username()).password(account.password())
                .roles(account.roles().toArray(String[]::new)).build();
    }
}
