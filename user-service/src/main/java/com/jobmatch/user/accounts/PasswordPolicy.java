package com.jobmatch.user.accounts;

import com.jobmatch.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** NIST 800-63B style: length 8-128, any characters, and not one of the passwords attackers try first. */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/common-passwords.txt";

    private final Set<String> commonPasswords = load();

    /** Throws a 400 naming {@code field} when the password is not acceptable. */
    public void check(String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            throw ProblemException.invalidField(field, "must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ProblemException.invalidField(field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            throw ProblemException.invalidField(field, "is one of the most common passwords; choose another");
        }
        if (email != null && lower.equals(User.normalizeEmail(email))) {
            throw ProblemException.invalidField(field, "must not be the email address");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
