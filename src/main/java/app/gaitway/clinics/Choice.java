package app.gaitway.clinics;

/** One option of a select field ({@code fragments/form :: select}). */
public record Choice(String value, String label) {
}
