package com.jobmatch.user.accounts;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The client's address and user agent. The address honours X-Forwarded-For only from the proxies
 * listed in quarkus.http.proxy.trusted-proxies.
 */
@RequestScoped
public class RequestOrigin {

    private final HttpServerRequest request;

    public RequestOrigin(HttpServerRequest request) {
        this.request = request;
    }

    public ClientInfo client() {
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return new ClientInfo(address, request.getHeader(HttpHeaders.USER_AGENT));
    }
}
