package vn.congdoan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import vn.congdoan.identity.IdentityProperties.Account;
import vn.congdoan.identity.IdentityProperties.ClientIdentity;
import vn.congdoan.identity.IdentityProperties.ServiceAudience;

/**
 * The product's claims in access and ID tokens: {@code preferred_username}, {@code name},
 * {@code email}, {@code unit_code}, {@code roles} and {@code locale} for a person;
 * {@code unit_code} and {@code roles} from {@code identity.clients} for a client acting for itself;
 * in access tokens of the product's own clients, the services' names in {@code aud}.
 */
@Configuration(proxyBeanMethods = false)
class TokenClaims {

    @Bean
    Accounts accounts(IdentityProperties properties) {
        return new Accounts(properties.accounts());
    }

    static final String UNIT_CODE = "unit_code";
    static final String ROLES = "roles";
    private static final String DEFAULT_LOCALE = "vi";

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> productClaims(Accounts accounts, IdentityProperties properties) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            if (accessToken) {
                nameTheServices(context, properties.services());
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                String clientId = context.getRegisteredClient().getClientId();
                ClientIdentity client = properties.clients().get(clientId);
                if (client != null) {
                    context.getClaims().claims(claims -> clientClaims(client).forEach(claims::put));
                }
                return;
            }
            accounts.find(context.getPrincipal().getName())
                    .ifPresent(account -> context.getClaims().claims(claims -> accountClaims(account).forEach(claims::put)));
        };
    }

    private static void nameTheServices(JwtEncodingContext context, ServiceAudience services) {
        String clientId = context.getRegisteredClient().getClientId();
        if (services.clients().contains(clientId)) {
            List<String> audience = new ArrayList<>(List.of(clientId));
            audience.addAll(services.audiences());
            context.getClaims().audience(audience);
        }
    }

    private static Map<String, Object> accountClaims(Account account) {
        return Map.of(
                "preferred_username", account.username(),
                "name", account.name(),
                "email", account.email(),
                UNIT_CODE, account.unitCode(),
                ROLES, List.copyOf(account.roles()),
                "locale", account.locale() == null ? DEFAULT_LOCALE : account.locale());
    }

    private static Map<String, Object> clientClaims(ClientIdentity client) {
        return Map.of("name", client.name(), UNIT_CODE, client.unitCode(), ROLES, List.copyOf(client.roles()));
    }
}
