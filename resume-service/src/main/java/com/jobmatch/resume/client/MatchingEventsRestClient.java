package com.jobmatch.resume.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.MatchingEventsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "matching")
@RegisterProvider(ServiceTokenFilter.class)
public interface MatchingEventsRestClient extends MatchingEventsApi {
}
