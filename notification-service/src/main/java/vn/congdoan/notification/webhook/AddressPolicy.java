package vn.congdoan.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.congdoan.notification.delivery.DeliveryException;

/**
 * Where webhooks may go. A host that resolves to a loopback, private, carrier-grade NAT,
 * link-local (cloud metadata included), unique-local, multicast or unspecified address is refused,
 * unless the operator allow-listed that host or address. Checked before every delivery, since DNS
 * answers change.
 */
final class AddressPolicy {
    private final Set<String> allowed;

    AddressPolicy(List<String> allowedHosts) {
        this.allowed = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    void check(URI url) throws DeliveryException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new DeliveryException("refused: " + url + " is not an http(s) URL", null);
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (allowed.contains(host)) {
            return;
        }
        for (InetAddress address : resolve(host)) {
            if (!allowed.contains(address.getHostAddress()) && internal(address)) {
                throw new DeliveryException("refused: " + host + " resolves to the internal address "
                        + address.getHostAddress() + " (allow-list it in notification.webhook.allowed-hosts)", null);
            }
        }
    }

    static boolean internal(InetAddress address) {
        byte[] ip = address.getAddress();
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || ip.length == 4 && (ip[0] & 0xff) == 100 && (ip[1] & 0xc0) == 64
                || ip.length == 16 && (ip[0] & 0xfe) == 0xfc;
    }

    private static InetAddress[] resolve(String host) throws DeliveryException {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new DeliveryException("unknown host " + host, e);
        }
    }
}
