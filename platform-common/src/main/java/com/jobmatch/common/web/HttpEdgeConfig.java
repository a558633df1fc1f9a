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

    /** Path prefixes (e.g. /api/resumes/upload) that take multipart uploads up to maxUploadBytes. */
    @WithDefault("/none")
    java.util.List<String> uploadPaths();
}
