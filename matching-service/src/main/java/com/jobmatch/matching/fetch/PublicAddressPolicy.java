package com.jobmatch.matching.fetch;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Only public unicast addresses: never this host (loopback, 0.0.0.0), the private networks (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local addresses (169.254/16 with the cloud metadata service 169.254.169.254, fe80::/10),
 * carrier-grade NAT (100.64/10), benchmarking (198.18/15), multicast, broadcast, documentation and reserved ranges;
 * IPv4 addresses written inside IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged as the IPv4
 * address they carry, so no notation slips a private address through.
 */
@ApplicationScoped
public class PublicAddressPolicy implements AddressPolicy {

    @Override
    public Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of(address.getHostAddress() + " is a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of(address.getHostAddress() + " is an unspecified address (this host)");
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return refusal(embedded);
            }
            return v6Refusal(v6, b).map(reason -> address.getHostAddress() + " is " + reason);
        }
        return v4Refusal(address.getAddress()).map(reason -> address.getHostAddress() + " is " + reason);
    }

    private static Optional<String> v4Refusal(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return Optional.of("a loopback address");
        }
        if (a0 == 0) {
            return Optional.of("an unspecified address (this host)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return Optional.of("a private address");
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return Optional.of("a carrier-grade NAT address");
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return Optional.of("a benchmarking address");
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113) || (a0 == 192 && a1 == 88 && a2 == 99)) {
            return Optional.of("a reserved or documentation address");
        }
        if (a0 >= 224) {
            return Optional.of(a0 < 240 ? "a multicast address" : "a reserved or broadcast address");
        }
        return Optional.empty();
    }

    private static Optional<String> v6Refusal(Inet6Address address, byte[] b) {
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("a private (unique local) address"); // fc00::/7, e.g. AWS metadata fd00:ec2::254
        }
        if ((b[0] & 0xff) == 0xff) {
            return Optional.of("a multicast address");
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("a documentation address");
        }
        if ((b[0] & 0xe0) != 0x20) {
            return Optional.of("outside the global unicast range"); // only 2000::/3 is routed on the internet
        }
        return Optional.empty();
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), or null. */
    private static Inet4Address embeddedIpv4(byte[] b) {
        try {
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16)))) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[]{b[2], b[3], b[4], b[5]});
            }
            return null;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
