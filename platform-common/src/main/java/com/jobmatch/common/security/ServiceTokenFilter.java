package com.jobmatch.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Register on a REST client ({@code @RegisterProvider(ServiceTokenFilter.class)}) to call with this service's token. */
@ApplicationScoped
public class ServiceTokenFilter implements ClientRequestFilter {

    private final ServiceTokens tokens;

    public ServiceTokenFilter(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.bearerToken());
    }
}
