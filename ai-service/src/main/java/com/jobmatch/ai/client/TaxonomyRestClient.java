package com.jobmatch.ai.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.TaxonomyApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** matching-service's taxonomy export, called with this service's own token. */
@RegisterRestClient(configKey = "taxonomy")
@RegisterProvider(ServiceTokenFilter.class)
public interface TaxonomyRestClient extends TaxonomyApi {
}
