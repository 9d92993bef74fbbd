package app.gaitway.shared.text;

import org.junit.jupiter.api.Test;

import static app.gaitway.shared.text.TypedText.Lines.MANY;
import static app.gaitway.shared.text.TypedText.Lines.ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedTextTest {

    @Test
    void acceptsOrdinaryTextInEveryScript() {
        for (String text :
                new String[] {"", "Zoë Núñez-O’Brien", "Ål 👍 中文 ελληνικά", "a\u00a0b", "\ufffd", "\ud83d\udc4d"}) {
            assertTrue(TypedText.isAcceptable(text, ONE), text);
            assertTrue(TypedText.isAcceptable(text, MANY), text);
        }
        assertTrue(TypedText.isAcceptable(null, ONE));
    }

    @Test
    void refusesNulEverywhere() {
        assertFalse(TypedText.isAcceptable("Ann\u0000", ONE));
        assertFalse(TypedText.isAcceptable("Ann\u0000", MANY));
        assertEquals(3, TypedText.firstRefused("Ann\u0000e", MANY));
    }

    @Test
    void severalLinesMayHoldTabsAndLineBreaksOneLineMayNot() {
        for (String text : new String[] {"a\tb", "a\nb", "a\r\nb", "a\rb"}) {
            assertTrue(TypedText.isAcceptable(text, MANY), text);
            assertFalse(TypedText.isAcceptable(text, ONE), text);
        }
    }

    @Test
    void refusesEveryOtherC0ControlDelAndC1() {
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                assertFalse(TypedText.isAcceptable("x" + c, MANY), "U+" + Integer.toHexString(c));
            }
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertFalse(TypedText.isAcceptable("x" + c, MANY), "U+" + Integer.toHexString(c));
        }
        assertTrue(TypedText.isAcceptable("x\u00a0", ONE));
    }

    @Test
    void refusesLoneSurrogatesAndNoncharacters() {
        assertFalse(TypedText.isAcceptable("a\ud83d", ONE));
        assertFalse(TypedText.isAcceptable("\udc4da", ONE));
        assertFalse(TypedText.isAcceptable("\udc4d\ud83d", ONE));
        assertFalse(TypedText.isAcceptable("a\ufffe", ONE));
        assertFalse(TypedText.isAcceptable("a\uffff", ONE));
        assertFalse(TypedText.isAcceptable("a\ufdd0", ONE));
        assertFalse(TypedText.isAcceptable("a" + new String(Character.toChars(0x1fffe)), ONE));
        assertFalse(TypedText.isAcceptable("a" + new String(Character.toChars(0x10ffff)), ONE));
        assertTrue(TypedText.isAcceptable("a" + new String(Character.toChars(0x1f600)), ONE));
    }

    @Test
    void problemNamesTheMessageKey() {
        assertEquals(
                "field.controlCharacter", TypedText.problem("a\u0007", MANY).orElseThrow());
        assertTrue(TypedText.problem("fine", MANY).isEmpty());
    }
}
