package com.jobmatch.matching.fetch;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The HTTP client's only way from a host name to addresses: every address DNS answers is checked against the policy,
 * and the connection goes to exactly the addresses checked. A name that answers a public address when the fetcher
 * looks and a private one when the client connects (DNS rebinding) therefore cannot reach the private one.
 */
final class GuardedDnsResolver implements DnsResolver {

    /** A refused address, raised inside the client; the fetcher turns it into {@link FetchRefused}. */
    static final class AddressRefused extends UnknownHostException {
        AddressRefused(String message) {
            super(message);
        }
    }

    private final AddressPolicy policy;

    GuardedDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new AddressRefused(host + " resolves to " + refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
}
