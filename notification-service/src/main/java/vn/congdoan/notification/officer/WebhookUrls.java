package vn.congdoan.notification.officer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs a caller may register: https, or plain http only for a host the operator
 * allow-listed ({@code notification.webhook.allowed-hosts}, e.g. a receiver inside the
 * federation's own network), and no user name or password in the URL. Where the host's addresses
 * lead is checked again at every delivery, since DNS answers change.
 */
@Component
public class WebhookUrls {
    static final String ALLOWED_HOSTS = "notification.webhook.allowed-hosts";

    private final Set<String> allowed;

    @Autowired
    public WebhookUrls(Environment environment) {
        this(Binder.get(environment).bind(ALLOWED_HOSTS, Bindable.listOf(String.class)).orElse(List.of()));
    }

    WebhookUrls(List<String> allowedHosts) {
        this.allowed = Set.copyOf(allowedHosts.stream().map(WebhookUrls::bare).toList());
    }

    /** What is wrong with {@code url} as a webhook target, if anything. */
    public Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("must be an http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("must be an http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (scheme.equals("http") && !allowed.contains(bare(uri.getHost()))) {
            return Optional.of("must be https; plain http only for hosts in " + ALLOWED_HOSTS);
        }
        return Optional.empty();
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
