package com.jobmatch.matching.client;

import com.jobmatch.common.security.ServiceTokenFilter;
import com.jobmatch.contract.api.AiApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ai-service as matching uses it for candidates: embeddings of profile text and deep job-match analysis. */
@RegisterRestClient(configKey = "ai")
@RegisterProvider(ServiceTokenFilter.class)
public interface AiAnalysisRestClient extends AiApi {
}
