package com.jobmatch.matching.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.ResumeProfileApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "resume")
@RegisterProvider(ServiceTokenFilter.class)
public interface ResumeRestClient extends ResumeProfileApi {
}
