package vn.congdoan.notification.officer;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs a caller may register: https, or plain http only for a host the operator
 * allow-listed ({@code notification.webhook.allowed-hosts}, e.g. a receiver inside the
 * federation's own network), no user name or password in the URL, and no special-purpose address
 * ({@link SpecialPurposeAddresses}: loopback, link-local metadata, private, NAT64, 6to4 ...) or
 * {@code localhost} unless allow-listed. Where the host's addresses
 * lead is checked again at every delivery, since DNS answers change.
 */
@Component
public class WebhookUrls {
    static final String ALLOWED_HOSTS = "notification.webhook.allowed-hosts";
    /** A host made of digits, dots and hex: an IPv4 address in some notation, never a registrable name. */
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+|(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");

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
        String host = bare(uri.getHost());
        if (scheme.equals("http") && !allowed.contains(host)) {
            return Optional.of("must be https; plain http only for hosts in " + ALLOWED_HOSTS);
        }
        return allowed.contains(host) ? Optional.empty() : specialPurpose(host);
    }

    /**
     * An address written in the URL that a webhook must not reach, refused now rather than at the
     * first delivery. A host name is resolved at every delivery instead (DNS answers change).
     */
    private static Optional<String> specialPurpose(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of("must not lead to this machine (" + host + " is loopback)");
        }
        boolean ipv6 = host.contains(":");
        if (!ipv6 && !NUMERIC.matcher(host).matches()) {
            return Optional.empty();
        }
        if (!ipv6 && !DOTTED_QUAD.matcher(host).matches()) {
            return Optional.of("must write an IPv4 address as four decimal numbers (" + host + ")");
        }
        try {
            return SpecialPurposeAddresses.reason(InetAddress.getByName(host))
                    .map(reason -> "must not be a special-purpose address: " + host + " is in " + reason);
        } catch (UnknownHostException e) {
            return Optional.of("names no valid address (" + host + ")");
        }
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
