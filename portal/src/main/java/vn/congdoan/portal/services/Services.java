package vn.congdoan.portal.services;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * One {@link RestClient} per service, each sending the signed-in officer's access token (refreshed
 * when it expires) as a bearer token: the browser never sees a token.
 */
@Component
public class Services {
    static final String REGISTRATION = "congdoan";
    private final RestClient plan;
    private final RestClient outreach;
    private final RestClient reporting;
    private final RestClient notification;
    private final RestClient planWithoutToken;

    Services(ServiceUrls urls, RestClient.Builder builder, OAuth2AuthorizedClientManager clients) {
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(clients);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION);
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(20));
        RestClient.Builder common = builder.clone().requestFactory(timeouts).requestInterceptor(bearer);
        this.plan = common.clone().baseUrl(urls.plan()).build();
        this.outreach = common.clone().baseUrl(urls.outreach()).build();
        this.reporting = common.clone().baseUrl(urls.reporting()).build();
        this.notification = common.clone().baseUrl(urls.notification()).build();
        this.planWithoutToken = builder.clone().requestFactory(timeouts).baseUrl(urls.plan()).build();
    }

    /** What a call answers, or empty when the service says 404: the thing does not exist, or the officer may not know it does. */
    public static <T> Optional<T> found(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }

    public RestClient plan() {
        return plan;
    }

    /** plan-service for what answers without a token (a unit's calendar at its secret address): no one is signed in. */
    public RestClient planWithoutToken() {
        return planWithoutToken;
    }

    public RestClient outreach() {
        return outreach;
    }

    public RestClient reporting() {
        return reporting;
    }

    public RestClient notification() {
        return notification;
    }
}
