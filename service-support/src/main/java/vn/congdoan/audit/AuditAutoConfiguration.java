package vn.congdoan.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.ExceptionTranslationFilter;

import vn.congdoan.security.UnitScope;

/**
 * The audit trail of every service that signs callers in: each state-changing request recorded in
 * the service's own database, and {@code GET /api/audit} to read it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, Clock clock, AuditProperties properties) {
        return new AuditTrail(mongo, clock, properties);
    }

    @Bean
    AuditController auditController(AuditTrail trail, UnitScope scope) {
        return new AuditController(trail, scope);
    }

    /**
     * The record is taken inside the security filter chain (Spring Security applies this to the
     * chain ResourceServerAutoConfiguration builds), where the verified caller is known: after the
     * token's check, around the role check. As a servlet filter of its own it would run outside.
     */
    @Bean
    Customizer<HttpSecurity> auditTrailRecording(AuditTrail trail, UnitScope scope) {
        return http -> http.addFilterBefore(new AuditFilter(trail, scope), ExceptionTranslationFilter.class);
    }
}
