package app.gaitway.patientside.links;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkSecretTest {

    @Test
    void holdsAtLeast128BitsInTypableCharacters() {
        double bits = LinkSecret.LENGTH * (Math.log(LinkSecret.ALPHABET.length()) / Math.log(2));
        assertTrue(bits >= 128, "bits: " + bits);
        assertEquals(32, LinkSecret.ALPHABET.length());
        for (char lookAlike : "ILOU".toCharArray()) {
            assertEquals(-1, LinkSecret.ALPHABET.indexOf(lookAlike), "no " + lookAlike);
        }
    }

    @Test
    void isWrittenInGroupsOfFour() {
        LinkSecret s = new LinkSecret("7KQ2M9XDABCDEFGHJKMNPQRSTV");
        assertEquals("7KQ2-M9XD-ABCD-EFGH-JKMN-PQRS-TV", s.grouped());
        assertEquals("7KQ2", s.hint());
    }

    @Test
    void readsWhatAPersonTypesFromPaper() {
        LinkSecret s = new LinkSecret("7KQ2M9XDABCDEFGH1KMNPQRST0");
        assertEquals(s, LinkSecret.parse("7kq2-m9xd-abcd-efgh-1kmn-pqrs-t0").orElseThrow());
        assertEquals(s, LinkSecret.parse(" 7KQ2 M9XD ABCD EFGH 1KMN PQRS T0 ").orElseThrow());
        assertEquals(s, LinkSecret.parse("7KQ2M9XDABCDEFGHIKMNPQRSTO").orElseThrow(), "I reads as 1, O as 0");
        assertEquals(s, LinkSecret.parse("7KQ2M9XDABCDEFGHlKMNPQRSTo").orElseThrow(), "l reads as 1");
        assertEquals(s, LinkSecret.parse(s.grouped()).orElseThrow());
    }

    @Test
    void refusesWhatCannotBeASecret() {
        assertFalse(LinkSecret.parse(null).isPresent());
        assertFalse(LinkSecret.parse("").isPresent());
        assertFalse(LinkSecret.parse("7KQ2-M9XD").isPresent(), "too short");
        assertFalse(LinkSecret.parse("7KQ2M9XDABCDEFGH1KMNPQRST0X").isPresent(), "too long");
        assertFalse(LinkSecret.parse("7KQ2M9XDABCDEFGH1KMNPQRSTU").isPresent(), "U is not in the alphabet");
        assertFalse(LinkSecret.parse("7KQ2M9XDABCDEFGH1KMNPQRST/").isPresent());
    }

    @Test
    void generatedSecretsDifferAndHashToHex() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(LinkSecret.generate().canonical()));
        }
        LinkSecret s = LinkSecret.generate();
        assertTrue(s.hash().matches("[0-9a-f]{64}"));
        assertEquals(
                s.hash(),
                LinkSecret.parse(s.grouped().toLowerCase()).orElseThrow().hash());
        assertNotEquals(s.hash(), LinkSecret.generate().hash());
    }

    @Test
    void neverPrintsItself() {
        LinkSecret s = LinkSecret.generate();
        assertFalse(s.toString().contains(s.canonical().substring(4)));
    }
}
