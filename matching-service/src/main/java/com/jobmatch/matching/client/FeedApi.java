package com.jobmatch.matching.client;

import com.jobmatch.matching.collector.FeedPage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The HTTP shape of a feed source: GET base-url?cursor=&limit= answers a {@link FeedPage}. */
@Produces(MediaType.APPLICATION_JSON)
public interface FeedApi {

    @GET
    FeedPage page(@QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
