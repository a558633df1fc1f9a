package com.jobmatch.matching.client;

/**
 * What a call to user-service came to: DELIVERED (202), REFUSED (a 4xx: asking again would be refused again, so it
 * is not retried), UNAVAILABLE (timeout, connection failure, 5xx or an open breaker: worth trying again later).
 */
public enum Delivery {
    DELIVERED, REFUSED, UNAVAILABLE
}
