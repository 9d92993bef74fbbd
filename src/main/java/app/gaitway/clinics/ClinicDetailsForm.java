package app.gaitway.clinics;

import app.gaitway.security.accounts.ClinicAddress;
import app.gaitway.shared.text.PlainText;
import app.gaitway.shared.text.TypedText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** A clinic's name and address as typed by its administrator. */
public class ClinicDetailsForm {

    @MvcBinding
    @FormParam("clinicName")
    @PlainText
    @NotBlank(message = "{clinics.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String clinicName;

    /** Checked further by {@link ClinicAddress} (line count); the size here only stops absurd input early. */
    @MvcBinding
    @FormParam("address")
    @PlainText(lines = TypedText.Lines.MANY)
    @Size(max = 2000, message = "{field.tooLong}")
    private String address;

    public ClinicDetailsForm() {
    }

    ClinicDetailsForm(String clinicName, String address) {
        this.clinicName = clinicName;
        this.address = address;
    }

    static ClinicDetailsForm of(ClinicDetails saved) {
        return new ClinicDetailsForm(saved.name(), saved.address());
    }

    public String getClinicName() { return clinicName; }
    public String getAddress() { return address; }
}
