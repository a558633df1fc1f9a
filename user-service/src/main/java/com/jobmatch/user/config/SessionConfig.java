package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Lifetimes of sessions, refresh tokens and the one-time tokens sent by mail. */
@ConfigMapping(prefix = "jobmatch.sessions")
public interface SessionConfig {

    /** A refresh token not used for this long expires (each use issues a new one). */
    @WithDefault("P14D")
    Duration refreshIdleLifetime();

    /** No session outlives this, however often it is refreshed. */
    @WithDefault("P30D")
    Duration absoluteLifetime();

    @WithDefault("PT30M")
    Duration passwordResetLifetime();

    /** The issue asks for verification links to work like reset links; users can ask for a new one. */
    @WithDefault("PT30M")
    Duration emailVerificationLifetime();
}
