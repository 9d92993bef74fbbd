package app.gaitway.security.accounts;

import app.gaitway.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A practice. Every user and, later, every patient belongs to exactly one clinic, and
 * nobody ever sees another clinic's records.
 */
@Entity
@Table(name = "clinic")
public class Clinic extends AuditedEntity {

    public static final int ADDRESS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** Postal address as printed under the name, several lines; null when none was given. */
    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    /** Whether everyone in the clinic must sign in with a second factor. */
    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    protected Clinic() {}

    public Clinic(String name) {
        rename(name);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A clinic needs a name");
        }
        this.name = newName.strip();
    }

    /** Sets or, with a blank value, removes the address; line ends are stored as plain line feeds. */
    public void changeAddress(String newAddress) {
        this.address = ClinicAddress.normalize(newAddress);
    }

    /** Requires (or stops requiring) a second factor of everyone in the clinic. */
    public void requireSecondFactor(boolean required) {
        this.secondFactorRequired = required;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }
}
