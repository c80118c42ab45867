package vn.congdoan.notification.officer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a webhook must never reach: every block of IANA's IPv4 and IPv6 Special-Purpose Address
 * Registries (RFC 6890 and its updates) plus multicast and the cloud hosts' wire-server address
 * (Azure's 168.63.129.16; the metadata services are link-local or carrier-grade NAT, both below).
 * The prefixes that embed an IPv4 address (NAT64, 6to4, IPv4-compatible) are refused whole: what
 * they lead to depends on a gateway the sender cannot see. (Java reads an IPv4-mapped address,
 * {@code ::ffff:a.b.c.d}, as the IPv4 address itself, so the IPv4 blocks judge it.)
 */
public final class SpecialPurposeAddresses {
    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0/8", "“this network”"),
            block("10.0.0.0/8", "private-use"),
            block("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local (cloud metadata)"),
            block("172.16.0.0/12", "private-use"),
            block("192.0.0.0/24", "IETF protocol assignments"),
            block("192.0.2.0/24", "documentation (TEST-NET-1)"),
            block("192.31.196.0/24", "AS112"),
            block("192.52.193.0/24", "AMT"),
            block("192.88.99.0/24", "6to4 relay anycast"),
            block("192.168.0.0/16", "private-use"),
            block("192.175.48.0/24", "AS112 direct delegation"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation (TEST-NET-2)"),
            block("203.0.113.0/24", "documentation (TEST-NET-3)"),
            block("224.0.0.0/4", "multicast"),
            block("255.255.255.255/32", "limited broadcast"),
            block("240.0.0.0/4", "reserved"),
            block("168.63.129.16/32", "cloud wire server"),
            block("::/128", "unspecified"),
            block("::1/128", "loopback"),
            block("::/96", "IPv4-compatible"),
            block("64:ff9b::/96", "IPv4/IPv6 translation (NAT64)"),
            block("64:ff9b:1::/48", "local-use IPv4/IPv6 translation"),
            block("100::/64", "discard-only"),
            block("100:0:0:1::/64", "dummy IPv6 prefix"),
            block("2001::/23", "IETF protocol assignments (Teredo included)"),
            block("2001:db8::/32", "documentation"),
            block("2002::/16", "6to4"),
            block("2620:4f:8000::/48", "AS112-v6 direct delegation"),
            block("3fff::/20", "documentation"),
            block("5f00::/16", "segment routing (SRv6)"),
            block("fc00::/7", "unique-local"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "site-local"),
            block("ff00::/8", "multicast"));

    private SpecialPurposeAddresses() {
    }

    /** Why {@code address} is special-purpose (e.g. "127.0.0.0/8, loopback"), or empty when it is an ordinary public one. */
    public static Optional<String> reason(InetAddress address) {
        byte[] ip = address.getAddress();
        return BLOCKS.stream().filter(block -> block.contains(ip)).findFirst()
                .map(block -> block.cidr() + ", " + block.name());
    }

    private record Block(String cidr, byte[] prefix, int bits, String name) {
        boolean contains(byte[] ip) {
            if (ip.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((ip[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Block block(String cidr, String name) {
        String[] parts = cidr.split("/");
        try {
            return new Block(cidr, InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
