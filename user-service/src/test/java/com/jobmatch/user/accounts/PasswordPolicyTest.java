package com.jobmatch.user.accounts;

import com.jobmatch.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongUncommonPasswordsOfAnyCharacters() {
        assertDoesNotThrow(() -> policy.check("password", "blue elephant umbrella", "a@b.test"));
        assertDoesNotThrow(() -> policy.check("password", "ü".repeat(8), "a@b.test"));
        assertDoesNotThrow(() -> policy.check("password", "x".repeat(128), "a@b.test"));
    }

    @Test
    void refusesLengthsOutside8To128CountingCharactersNotBytes() {
        assertEquals("password", assertThrows(ProblemException.class, () -> policy.check("password", "ab3$efg", null)).errors().getFirst().field());
        assertThrows(ProblemException.class, () -> policy.check("password", "x".repeat(129), null));
    }

    @Test
    void refusesCommonPasswordsIgnoringCase() {
        assertThrows(ProblemException.class, () -> policy.check("password", "PASSWORD123", null));
        ProblemException e = assertThrows(ProblemException.class, () -> policy.check("newPassword", "Qwertyuiop", null));
        assertEquals("newPassword", e.errors().getFirst().field());
        assertTrue(e.getMessage().contains("common"));
    }

    @Test
    void refusesTheEmailAsPassword() {
        assertThrows(ProblemException.class, () -> policy.check("password", "Long.Name@Example.test", "long.name@example.test"));
    }
}
