package com.jobmatch.user.sessions;

import java.util.UUID;

/** What a login or refresh hands out: a short-lived access token and the next refresh token. */
public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds, UUID sessionId) {
}
