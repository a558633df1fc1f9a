package com.jobmatch.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jobmatch.http")
public interface HttpEdgeConfig {

    /** Bodies larger than this are refused with 413 before they are read; upload endpoints use {@link #maxUploadBytes()}. */
    @WithDefault("1048576")
    long maxBodyBytes();

    @WithDefault("10485760")
    long maxUploadBytes();

    /** Exact paths of the upload routes (e.g. /api/resumes) that take bodies up to maxUploadBytes; paths below them do not. */
    @WithDefault("/none")
    java.util.List<String> uploadPaths();

    /**
     * Longest request line target (path and query) answered normally; longer ones get a problem+json 414.
     * Must stay below {@code quarkus.http.limits.max-initial-line-length}, above which Vert.x answers a bare 414.
     */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest total size of the request headers (names and values); larger gets a problem+json 431. */
    @WithDefault("32768")
    int maxHeaderBytes();

    /** Query parameters that page through lists: whole numbers from 0 to maxPagingValue, so page * size cannot overflow. */
    @WithDefault("page,size,limit,offset")
    java.util.List<String> pagingParameters();

    @WithDefault("100000")
    int maxPagingValue();
}
