package com.jobmatch.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Puts the request's correlation id (set at the edge) into the logging context for every log line it causes. */
@Provider
public class CorrelationIdServerFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String id = request.getHeaderString(CorrelationId.HEADER);
        if (id != null) {
            MDC.put(CorrelationId.MDC_KEY, id);
        }
    }
}
