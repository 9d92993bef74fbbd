package app.gaitway.security.accounts;

import app.gaitway.shared.persistence.AuditedEntity;
import app.gaitway.shared.time.AppClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;

/**
 * A staff member's account. Never deleted: an account that should no longer sign in is
 * deactivated, so the audit trail and the records it created keep a name.
 * A password set by someone else (an administrator) must be changed at next sign-in.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    public static final int CREDENTIALS_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", nullable = false, updatable = false)
    private Clinic clinic;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "installation_owner", nullable = false)
    private boolean installationOwner;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Professional qualifications as printed after the name on signed reports; null when none were given. */
    @Column(name = "credentials", length = CREDENTIALS_MAX)
    private String credentials;

    protected UserAccount() {}

    private UserAccount(
            Clinic clinic,
            String email,
            String fullName,
            Role role,
            String passwordHash,
            boolean mustChangePassword,
            boolean installationOwner) {
        this.clinic = clinic;
        this.email = normalizeEmail(email);
        this.fullName = fullName.strip();
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
        this.mustChangePassword = mustChangePassword;
        this.installationOwner = installationOwner;
        this.passwordChangedAt = AppClock.now();
    }

    /** The first administrator of an installation: may also create further clinics. */
    public static UserAccount installationOwner(Clinic clinic, String email, String fullName, String passwordHash) {
        return new UserAccount(clinic, email, fullName, Role.ADMIN, passwordHash, false, true);
    }

    /** The administrator who chose their own password (setup, or a new clinic's first admin). */
    public static UserAccount withOwnPassword(
            Clinic clinic, String email, String fullName, Role role, String passwordHash) {
        return new UserAccount(clinic, email, fullName, role, passwordHash, false, false);
    }

    /** An account created by an administrator with a temporary password. */
    public static UserAccount withTemporaryPassword(
            Clinic clinic, String email, String fullName, Role role, String passwordHash) {
        return new UserAccount(clinic, email, fullName, role, passwordHash, true, false);
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void changeOwnPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = AppClock.now();
    }

    public void resetPasswordByAdmin(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = AppClock.now();
    }

    public void updateProfile(String fullName, Role role) {
        this.fullName = fullName.strip();
        this.role = role;
    }

    /** Sets or, with a blank value, removes the credentials. */
    public void changeCredentials(String newCredentials) {
        this.credentials = newCredentials == null || newCredentials.isBlank() ? null : newCredentials.strip();
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public Long getId() {
        return id;
    }

    public Clinic getClinic() {
        return clinic;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isInstallationOwner() {
        return installationOwner;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getCredentials() {
        return credentials;
    }
}
