package com.jobmatch.user.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane), stored as a PHC string so that the
 * parameters travel with each hash and can be raised later without breaking old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    /** Verified against when the account does not exist, so that unknown emails cost the same time. */
    private final String dummyHash = hash("not-a-real-password-" + System.nanoTime());

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(MEMORY_KIB, ITERATIONS, PARALLELISM,
                B64.encodeToString(salt), B64.encodeToString(hash));
    }

    public boolean verify(String password, String phcHash) {
        Matcher phc = PHC.matcher(phcHash == null ? "" : phcHash);
        if (!phc.matches()) {
            return false;
        }
        byte[] expected = B64_DECODER.decode(phc.group(5));
        byte[] actual = derive(password, B64_DECODER.decode(phc.group(4)), Integer.parseInt(phc.group(1)),
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real verification and always fails. */
    public boolean verifyAgainstDummy(String password) {
        verify(password, dummyHash);
        return false;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
