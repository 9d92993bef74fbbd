package app.gaitway.clinics;

import app.gaitway.security.accounts.Role;
import app.gaitway.shared.text.PlainText;
import app.gaitway.shared.text.TypedText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** An administrator adds a staff member with a temporary password. */
public class NewStaffForm {

    @MvcBinding
    @FormParam("fullName")
    @PlainText
    @NotBlank(message = "{staff.fullName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;

    @MvcBinding
    @FormParam("email")
    @PlainText
    @NotBlank(message = "{staff.email.required}")
    @Email(message = "{field.invalidEmail}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email;

    @MvcBinding
    @FormParam("role")
    @NotBlank(message = "{staff.role.missing}")
    @Pattern(regexp = Roles.PATTERN, message = "{staff.role.missing}")
    private String role;

    @MvcBinding
    @FormParam("temporaryPassword")
    @PlainText(lines = TypedText.Lines.MANY) // a pasted password may hold a tab
    @NotBlank(message = "{staff.password.required}")
    private String temporaryPassword;

    /** The empty form: a new account is a therapist unless the administrator says otherwise. */
    public static NewStaffForm blank() {
        NewStaffForm form = new NewStaffForm();
        form.role = Role.THERAPIST.name();
        return form;
    }

    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getRole() { return role; }
    public String getTemporaryPassword() { return temporaryPassword; }
}
