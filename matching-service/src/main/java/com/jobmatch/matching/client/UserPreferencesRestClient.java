package com.jobmatch.matching.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.UserPreferencesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "user")
@RegisterProvider(ServiceTokenFilter.class)
public interface UserPreferencesRestClient extends UserPreferencesApi {
}
