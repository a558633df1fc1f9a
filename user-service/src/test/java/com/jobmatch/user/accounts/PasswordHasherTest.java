package com.jobmatch.user.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAsArgon2idPhcStringWithOwaspParameters() {
        String hash = hasher.hash("Correct-Horse-Battery-7");
        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Correct-Horse-Battery-7");
        assertTrue(hasher.verify("Correct-Horse-Battery-7", hash));
        assertFalse(hasher.verify("Correct-Horse-Battery-8", hash));
        assertFalse(hasher.verify("Correct-Horse-Battery-7", "not a phc string"));
        assertFalse(hasher.verifyAgainstDummy("Correct-Horse-Battery-7"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password here"), hasher.hash("same password here"));
    }

    @Test
    void verifiesAReferenceVectorFromTheArgon2Cli() {
        // echo -n "password" | argon2 somesalt -id -m 16 -t 2 -p 1 -l 32 -e  (reference implementation)
        assertTrue(hasher.verify("password",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"));
    }
}
