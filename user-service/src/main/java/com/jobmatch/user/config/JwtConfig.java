package com.jobmatch.user.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How user-service signs tokens: the key files and the claims every service verifies. */
@ConfigMapping(prefix = "jobmatch.jwt")
public interface JwtConfig {

    @WithDefault("https://jobmatch.local/auth")
    String issuer();

    /** PEM (PKCS#8) private key that signs every token. */
    String privateKeyLocation();

    /** PEM public key of the signing key, served in the JWKS. */
    String publicKeyLocation();

    /** Further PEM public keys served in the JWKS while keys rotate (old key still verifying). */
    Optional<List<String>> additionalPublicKeys();

    @WithDefault("jobmatch-api")
    String userAudience();

    @WithDefault("jobmatch-services")
    String serviceAudience();

    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("PT5M")
    Duration serviceTokenLifetime();
}
