package com.jobmatch.common.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Passes the current correlation id on to every service this one calls (global REST client provider). */
@Provider
public class CorrelationIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(CorrelationId.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(CorrelationId.HEADER)) {
            request.getHeaders().putSingle(CorrelationId.HEADER, id.toString());
        }
    }
}
