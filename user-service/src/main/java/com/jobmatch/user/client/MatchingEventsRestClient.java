package com.jobmatch.user.client;

import com.jobmatch.contract.api.MatchingEventsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matching-service's event endpoints, called with a service token user-service signs for itself. */
@RegisterRestClient(configKey = "matching")
@RegisterProvider(SelfIssuedServiceTokenFilter.class)
public interface MatchingEventsRestClient extends MatchingEventsApi {
}
