package app.gaitway.shared.web;

/** One option of a select field ({@code fragments/form :: select}). */
public record Choice(String value, String label) {}
