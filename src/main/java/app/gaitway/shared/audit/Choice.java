package app.gaitway.shared.audit;

/** One option of a select in the filter form ({@code fragments/form :: select}). */
public record Choice(String value, String label) {
}
