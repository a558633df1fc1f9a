package com.jobmatch.user.bench;

import com.jobmatch.user.accounts.PasswordHasher;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * What a login costs: argon2id at the OWASP parameters user-service uses, against the other
 * accepted choice (bcrypt cost 12) as baseline, and the dummy verification for unknown emails against
 * a real one (the ratio should be close to 1, or unknown emails could be told apart by timing).
 * Run with bench/user-password-hashing.sh; needs no shared data.
 */
@Tag("bench")
class PasswordHashingBench {

    private static final int WARMUP = 3;
    private static final int RUNS = Integer.getInteger("bench.runs", 20);

    @Test
    void argon2idAgainstBcryptAndDummyAgainstRealVerification() {
        PasswordHasher hasher = new PasswordHasher();
        String password = "Correct-Horse-Battery-7";
        String stored = hasher.hash(password);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);

        double argon2 = millisPerOp(() -> hasher.verify(password, stored));
        double bcrypt = millisPerOp(() -> OpenBSDBCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, 12));
        double dummy = millisPerOp(() -> hasher.verifyAgainstDummy(password));

        System.out.printf("%n%-44s %12s%n", "password check (" + RUNS + " runs each)", "ms/op");
        System.out.printf("%-44s %12.1f%n", "bcrypt cost 12 (baseline)", bcrypt);
        System.out.printf("%-44s %12.1f   ratio to baseline %.2f%n", "argon2id m=19MiB t=2 p=1 (user-service)", argon2, argon2 / bcrypt);
        System.out.printf("%-44s %12.1f   ratio to real check %.2f%n", "unknown email: dummy argon2id check", dummy, dummy / argon2);
        System.out.println();
    }

    private static double millisPerOp(Supplier<Object> op) {
        for (int i = 0; i < WARMUP; i++) {
            op.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            op.get();
        }
        return (System.nanoTime() - start) / 1e6 / RUNS;
    }
}
