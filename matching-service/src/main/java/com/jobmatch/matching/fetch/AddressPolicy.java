package com.jobmatch.matching.fetch;

import java.net.InetAddress;

/**
 * Which network addresses the service may connect to when it fetches a URL it was given (a job source, a page a
 * person pasted). Checked on the addresses DNS answered, right before connecting, for every hop of a redirect.
 */
public interface AddressPolicy {

    /** Empty when the address may be reached; otherwise why not (shown to the person or admin who gave the URL). */
    java.util.Optional<String> refusal(InetAddress address);
}
