package app.gaitway.clinics;

import app.gaitway.shared.text.PlainText;
import app.gaitway.shared.text.TypedText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** The installation owner creates a further clinic with its first administrator. */
public class NewClinicForm {

    @MvcBinding
    @FormParam("clinicName")
    @PlainText
    @NotBlank(message = "{clinics.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String clinicName;

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
    @FormParam("password")
    @PlainText(lines = TypedText.Lines.MANY) // a pasted password may hold a tab
    @NotBlank(message = "{staff.password.required}")
    private String password;

    public String getClinicName() { return clinicName; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPassword() { return password; }
}
