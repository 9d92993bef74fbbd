package app.gaitway.shared.text;

import java.util.Optional;

/**
 * The one rule for text a person types into any form field: no characters that nobody types and that not every
 * database stores. PostgreSQL refuses NUL in text where H2 keeps it; refusing control characters before anything
 * is saved makes both behave alike and keeps invisible junk out of records and exports.
 *
 * <p>Refused: C0 control characters (U+0000–U+001F) except, in fields of several lines, tab, line feed and
 * carriage return; DEL and the C1 controls (U+007F–U+009F); surrogates without their pair; and Unicode
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
 */
public final class TypedText {

    /** The message key for a field that holds a refused character (no arguments). */
    public static final String MESSAGE_KEY = "field.controlCharacter";

    /** Whether a field holds one line (a name, a title) or several (notes, instructions). */
    public enum Lines {
        ONE,
        MANY
    }

    private TypedText() {}

    /** The message key when the text holds a refused character; empty for null or acceptable text. */
    public static Optional<String> problem(String text, Lines lines) {
        return firstRefused(text, lines) < 0 ? Optional.empty() : Optional.of(MESSAGE_KEY);
    }

    public static boolean isAcceptable(String text, Lines lines) {
        return firstRefused(text, lines) < 0;
    }

    /** The index (in chars) of the first refused character, or -1. */
    public static int firstRefused(String text, Lines lines) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (Character.isSurrogate(c) || isRefused(c, lines)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRefused(char c, Lines lines) {
        if (c < 0x20) {
            return lines == Lines.ONE || (c != '\t' && c != '\n' && c != '\r');
        }
        return (c >= 0x7f && c <= 0x9f) || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
    }
}
