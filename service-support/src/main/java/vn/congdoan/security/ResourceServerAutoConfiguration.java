package vn.congdoan.security;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;
import vn.congdoan.units.UnitReplicaAutoConfiguration;

/**
 * Every service is an OAuth 2.0 resource server: it accepts only signed JWTs from the issuer of
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, maps the {@code roles} claim to
 * roles, lets the service's {@link EndpointAccess} say who may call what, and refuses the rest.
 * Without a token: 401; with a token lacking the role: 403; both as RFC 9457 problem details.
 * Health and info stay open for probes (details only for operators); the OpenAPI document and
 * Swagger UI are open so that a developer can read the API, and "Authorize" with a token.
 */
@AutoConfiguration(after = UnitReplicaAutoConfiguration.class,
        beforeName = {"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter")
public class ResourceServerAutoConfiguration {

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, ObjectProvider<EndpointAccess> access) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(UnitScope.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        return http
                .csrf(csrf -> csrf.disable()) // no cookies: every request carries its bearer token
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name());
                    rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                            "/swagger-ui/**").permitAll();
                    rules.requestMatchers("/error").permitAll();
                    // service-support's dead-letter list and replay, in every service
                    rules.requestMatchers("/api/dead-letters/**").hasRole(Role.OPERATOR.name());
                    // service-support's audit trail, in every service (the unit within the caller's subtree)
                    rules.requestMatchers(HttpMethod.GET, "/api/audit").hasAnyRole(Role.FEDERATION_STAFF.name(), Role.OPERATOR.name());
                    access.ifAvailable(endpoints -> endpoints.rules(rules));
                    rules.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint((request, response, e) -> {
                            bearer.commence(request, response, e);
                            problem(response, HttpStatus.UNAUTHORIZED,
                                    "Cần đăng nhập / sign in: send an access token as 'Authorization: Bearer <token>'");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            denied.handle(request, response, e);
                            problem(response, HttpStatus.FORBIDDEN,
                                    "Không có quyền / your roles do not allow " + request.getMethod() + " " + request.getRequestURI());
                        }))
                .build();
    }

    @Bean
    UnitScope unitScope(UnitDirectory directory) {
        return new UnitScope(directory);
    }

    @Bean
    ScopeProblemAdvice scopeProblemAdvice() {
        return new ScopeProblemAdvice();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
