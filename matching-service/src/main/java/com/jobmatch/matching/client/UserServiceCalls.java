package com.jobmatch.matching.client;

import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

/** What the email and audit clients share: a 4xx is user-service refusing the call, not being down. */
final class UserServiceCalls {

    private static final Logger LOG = Logger.getLogger(UserServiceCalls.class);

    private UserServiceCalls() {
    }

    /** A 4xx is REFUSED (neither retried nor counted by the breaker: it returns normally); anything else is thrown on. */
    static Delivery refusedOrRethrow(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            LOG.warnf("user-service refused the call (HTTP %d); it is not sent again", status);
            return Delivery.REFUSED;
        }
        throw e;
    }
}
