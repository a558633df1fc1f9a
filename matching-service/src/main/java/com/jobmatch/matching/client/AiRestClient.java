package com.jobmatch.matching.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.AiApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "ai")
@RegisterProvider(ServiceTokenFilter.class)
public interface AiRestClient extends AiApi {
}
