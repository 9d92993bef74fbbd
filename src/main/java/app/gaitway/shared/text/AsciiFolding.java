package app.gaitway.shared.text;

import java.text.Normalizer;

/**
 * Text folded to what a person types on any keyboard, for searching names: accents off ("Zoë" is "zoe",
 * "Núñez" is "nunez"), letters that do not decompose spelled out ("ß" is "ss"), curly apostrophes
 * straightened. Case is left to the caller.
 */
public final class AsciiFolding {

    private AsciiFolding() {}

    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ø', 'Ø' -> b.append('o');
                case 'đ', 'Đ' -> b.append('d');
                case 'ł', 'Ł' -> b.append('l');
                case 'ı' -> b.append('i');
                case 'þ', 'Þ' -> b.append("th");
                case '\u2018', '\u2019', '\u02bc' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
