package com.jobmatch.user.tokens;

import com.jobmatch.user.config.JwtConfig;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RS256 key pair that signs every token, read from PEM files, and the public keys served as JWKS.
 * Key ids are RFC 7638 thumbprints, so the same key always gets the same id on every instance.
 */
@ApplicationScoped
public class SigningKeys {

    private final PrivateKey privateKey;
    private final String keyId;
    private final List<Map<String, Object>> jwks;

    public SigningKeys(JwtConfig config) {
        this.privateKey = readPrivateKey(config.privateKeyLocation());
        RsaJsonWebKey signing = jwk(readPublicKey(config.publicKeyLocation()));
        this.keyId = signing.getKeyId();
        List<Map<String, Object>> keys = new ArrayList<>();
        keys.add(publicParams(signing));
        for (String location : config.additionalPublicKeys().orElse(List.of())) {
            RsaJsonWebKey extra = jwk(readPublicKey(location));
            if (!extra.getKeyId().equals(keyId)) {
                keys.add(publicParams(extra));
            }
        }
        this.jwks = List.copyOf(keys);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The {@code keys} array of the JWK set: the signing key first, then keys kept for rotation. */
    public List<Map<String, Object>> publicJwks() {
        return jwks;
    }

    private static RsaJsonWebKey jwk(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalStateException("JWT keys must be RSA keys for RS256");
        }
        RsaJsonWebKey jwk = new RsaJsonWebKey(rsa);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        return jwk;
    }

    private static Map<String, Object> publicParams(RsaJsonWebKey jwk) {
        return Map.copyOf(jwk.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static PrivateKey readPrivateKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(read(location));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JWT private key at " + location, e);
        }
    }

    private static PublicKey readPublicKey(String location) {
        try {
            return KeyUtils.decodePublicKey(read(location));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the JWT public key at " + location, e);
        }
    }

    private static String read(String location) {
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location.strip());
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + path.toAbsolutePath()
                    + " (run ./suite keys, or set JWT_PRIVATE_KEY_LOCATION / JWT_PUBLIC_KEY_LOCATION)", e);
        }
    }
}
