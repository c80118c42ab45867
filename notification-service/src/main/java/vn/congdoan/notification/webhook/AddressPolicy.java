package vn.congdoan.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.officer.SpecialPurposeAddresses;

/**
 * Where webhooks may go. A host that resolves to a special-purpose address
 * ({@link SpecialPurposeAddresses}: loopback, private, carrier-grade NAT, link-local with the cloud
 * metadata, NAT64, 6to4, unique-local, multicast, unspecified ...) is refused, unless the operator
 * allow-listed that host or address.
 * <p>
 * DNS rebinding: the host is resolved once per connection, by {@link #addressesOf(String)}, every
 * address of the answer is checked, and the HTTP client connects to exactly those addresses (it
 * asks this policy instead of the system resolver, see {@link WebhookChannel}). A second answer
 * that points somewhere else is never asked for, so it cannot be used.
 */
final class AddressPolicy {
    /** How host names become addresses; the system resolver in production. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A host refused by the policy; an {@link UnknownHostException} so that an HTTP client's resolver hook may throw it. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private final Set<String> allowed;
    private final Resolver resolver;

    AddressPolicy(List<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    AddressPolicy(List<String> allowedHosts, Resolver resolver) {
        this.allowed = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.resolver = resolver;
    }

    /** Only http(s) URLs with a host; resolving is left to {@link #addressesOf(String)}, once. */
    static void checkScheme(URI url) throws DeliveryException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new DeliveryException("refused: " + url + " is not an http(s) URL", null);
        }
    }

    /** The URL's addresses, resolved once and every one checked, as a delivery would use them. */
    List<InetAddress> check(URI url) throws DeliveryException {
        checkScheme(url);
        try {
            return List.of(addressesOf(url.getHost()));
        } catch (Refused refused) {
            throw new DeliveryException(refused.getMessage(), refused);
        } catch (UnknownHostException e) {
            throw new DeliveryException("unknown host " + url.getHost(), e);
        }
    }

    /**
     * Resolves the host once and returns its addresses if every one may be reached; a connection
     * must use these and no other answer.
     */
    InetAddress[] addressesOf(String host) throws UnknownHostException {
        String name = bare(host.toLowerCase(Locale.ROOT));
        InetAddress[] addresses = resolver.resolve(name);
        if (allowed.contains(name)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!allowed.contains(address.getHostAddress())) {
                Optional<String> special = SpecialPurposeAddresses.reason(address);
                if (special.isPresent()) {
                    throw new Refused("refused: " + name + " resolves to the special-purpose address "
                            + address.getHostAddress() + " (" + special.get()
                            + "; allow-list it in notification.webhook.allowed-hosts)");
                }
            }
        }
        return addresses;
    }

    /** An IPv6 literal as a URL writes it ({@code [::1]}) and as a resolver takes it ({@code ::1}). */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
