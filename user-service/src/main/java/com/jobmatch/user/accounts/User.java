package com.jobmatch.user.accounts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * An account. The email is stored normalized so that uniqueness ignores case. Several writers touch a row at once (a
 * login its time, an admin its status, a reset its password), so an update writes only the columns its writer changed
 * ({@code @DynamicUpdate}): written whole, a login stored just after an admin disabled the account enabled it again.
 */
@Entity
@Table(name = "users")
@DynamicUpdate
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String email;

    public String username;

    public String displayName;

    public String passwordHash;

    public boolean emailVerified;

    public boolean enabled = true;

    public Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public Instant updatedAt;

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
