package com.jobmatch.user.accounts;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.user.Accounts;
import com.jobmatch.user.Db;
import com.jobmatch.user.MatchingServiceMock;
import com.jobmatch.user.UserServiceTestResources;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(UserServiceTestResources.class)
@QuarkusTestResource(MatchingServiceMock.class)
class HousekeepingAndBootstrapTest {

    @Inject
    Db db;

    @Inject
    Housekeeping housekeeping;

    @Inject
    BootstrapAdmin bootstrapAdmin;

    @Test
    void purgeDeletesOnlyRowsThatCanNoLongerMatter() {
        Accounts me = new Accounts();
        String email = Accounts.newEmail();
        UUID id = me.register(email);
        me.login(email, "Wrong-Password-1").statusCode(401);
        me.login(email, "Wrong-Password-2").statusCode(401);
        me.tokens(email, Accounts.PASSWORD);
        db.update("UPDATE login_attempts SET attempted_at = now() - interval '1 hour' WHERE email = ? AND succeeded = false", email);
        db.update("UPDATE email_verifications SET expires_at = now() - interval '2 days' WHERE user_id = ?", id);

        housekeeping.purge();

        assertEquals(1, db.count("SELECT count(*) FROM login_attempts WHERE email = ?", email));
        assertEquals(0, db.count("SELECT count(*) FROM email_verifications WHERE user_id = ?", id));
        assertEquals(1, db.count("SELECT count(*) FROM refresh_tokens WHERE user_id = ?", id));
        assertEquals(1, db.count("SELECT count(*) FROM user_sessions WHERE user_id = ?", id));
    }

    @Test
    void bootstrapAdminIsIdempotentAndRestoresTheAdminRole() {
        String email = UserServiceTestResources.ADMIN_EMAIL;
        String hash = db.single("SELECT password_hash FROM users WHERE email = ?", email);
        db.update("DELETE FROM user_roles WHERE role = 'admin' AND user_id = (SELECT id FROM users WHERE email = ?)", email);

        bootstrapAdmin.onStart(new StartupEvent());

        assertEquals(1, db.count("SELECT count(*) FROM users WHERE email = ?", email));
        assertEquals(1, db.count("SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id"
                + " WHERE u.email = ? AND r.role = 'admin'", email));
        assertEquals(hash, db.single("SELECT password_hash FROM users WHERE email = ?", email));
    }
}
