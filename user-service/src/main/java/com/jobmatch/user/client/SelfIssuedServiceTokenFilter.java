package com.jobmatch.user.client;

import com.jobmatch.user.tokens.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The other services use platform-common's ServiceTokenFilter, which fetches a token from
 * user-service; user-service is the issuer, so it signs its own service token instead of calling itself.
 */
@ApplicationScoped
public class SelfIssuedServiceTokenFilter implements ClientRequestFilter {

    static final String SERVICE_ID = "user-service";

    private final TokenIssuer issuer;

    public SelfIssuedServiceTokenFilter(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.serviceToken(SERVICE_ID));
    }
}
