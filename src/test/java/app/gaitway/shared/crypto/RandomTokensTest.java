package app.gaitway.shared.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomTokensTest {

    @Test
    void aTokenCarries256RandomBitsInAUrlSafeForm() {
        String token = RandomTokens.newToken();
        assertEquals(43, token.length());
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(RandomTokens.looksLikeToken(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(RandomTokens.newToken()));
        }
    }

    @Test
    void theStoredHashIsStableAndIsNotTheToken() {
        String token = RandomTokens.newToken();
        String hash = RandomTokens.hash(token);
        assertEquals(64, hash.length());
        assertEquals(hash, RandomTokens.hash(token));
        assertNotEquals(hash, RandomTokens.hash(RandomTokens.newToken()));
        assertFalse(hash.contains(token));
    }

    @Test
    void onlyTheShapeOfATokenIsLookedUp() {
        assertFalse(RandomTokens.looksLikeToken(null));
        assertFalse(RandomTokens.looksLikeToken(""));
        assertFalse(RandomTokens.looksLikeToken("a".repeat(42)));
        assertFalse(RandomTokens.looksLikeToken("a".repeat(44)));
        assertFalse(RandomTokens.looksLikeToken("a".repeat(42) + "="));
        assertFalse(RandomTokens.looksLikeToken("a".repeat(42) + "\u0000"));
    }
}
