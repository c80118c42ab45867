package vn.congdoan.portal.services;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the four services answer ({@code portal.services.*}, e.g. env {@code PORTAL_SERVICES_PLAN}). */
@ConfigurationProperties("portal.services")
public record ServiceUrls(String plan, String outreach, String reporting, String notification) {
}
