package app.gaitway.clinics;

import app.gaitway.security.accounts.UserAccount;
import app.gaitway.shared.text.PlainText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/**
 * Name, role and credentials of a staff member, with the version of the record the form was built
 * from: a form built from an older version is a conflict, never a silent overwrite.
 */
public class StaffEditForm {

    static final int UNKNOWN_VERSION = -1;

    @MvcBinding
    @FormParam("fullName")
    @PlainText
    @NotBlank(message = "{staff.fullName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @MvcBinding
    @FormParam("role")
    @NotBlank(message = "{staff.role.missing}")
    @Pattern(regexp = Roles.PATTERN, message = "{staff.role.missing}")
    private String role;

    @MvcBinding
    @FormParam("credentials")
    @PlainText
    @Size(max = UserAccount.CREDENTIALS_MAX, message = "{field.tooLong}")
    private String credentials;

    @FormParam("version")
    private String version;

    public String getFullName() { return fullName; }
    public String getRole() { return role; }
    public String getCredentials() { return credentials; }

    /** The version the form was built from; a missing or garbled one never matches a stored version. */
    public int versionSeen() {
        try {
            return version == null ? UNKNOWN_VERSION : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return UNKNOWN_VERSION;
        }
    }
}
