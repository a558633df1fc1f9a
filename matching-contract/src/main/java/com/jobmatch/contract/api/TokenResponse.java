package com.jobmatch.contract.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code refreshToken} is absent for service tokens. {@code expiresIn} is in seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
