package com.jobmatch.matching;

import com.jobmatch.matching.fetch.AddressPolicy;
import com.jobmatch.matching.fetch.PublicAddressPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.net.InetAddress;
import java.util.Optional;

/**
 * The tests' fakes (WireMock) listen on 127.0.0.1, which the production policy refuses. This policy lets exactly that
 * address through and judges every other one as production does, so tests still see loopback (127.0.0.2, ::1),
 * private and metadata addresses refused. The guard itself is tested with the production policy ({@code SafeFetcherTest}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestAddressPolicy implements AddressPolicy {

    private final PublicAddressPolicy production = new PublicAddressPolicy();

    @Override
    public Optional<String> refusal(InetAddress address) {
        return "127.0.0.1".equals(address.getHostAddress()) ? Optional.empty() : production.refusal(address);
    }
}
