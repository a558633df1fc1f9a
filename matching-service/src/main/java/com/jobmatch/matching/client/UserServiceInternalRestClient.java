package com.jobmatch.matching.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** user-service's internal endpoints for what leaves the app (email) and what is kept (audit), with a service token. */
@RegisterRestClient(configKey = "user")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/internal")
@Consumes(MediaType.APPLICATION_JSON)
public interface UserServiceInternalRestClient {

    @POST
    @Path("/notifications/email")
    void email(EmailMessage message);

    @POST
    @Path("/audit")
    void audit(AuditEntry entry);
}
