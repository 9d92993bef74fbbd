package app.gaitway.patientside.links;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkKeyTest {

    @TempDir
    Path dir;

    @Test
    void noKeyUntilOneIsMadeThenTheSameOneIsRead() throws IOException {
        assertInstanceOf(LinkKey.Found.None.class, LinkKey.find(null, dir));
        LinkKey.Found.Key made = assertInstanceOf(LinkKey.Found.Key.class, LinkKey.create(dir));
        assertEquals(32, made.bytes().length);
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(LinkKey.file(dir))),
                "readable by its owner only");
        LinkKey.Found.Key read = assertInstanceOf(LinkKey.Found.Key.class, LinkKey.find(null, dir));
        assertArrayEquals(made.bytes(), read.bytes());
        LinkKey.Found.Key again = assertInstanceOf(LinkKey.Found.Key.class, LinkKey.create(dir));
        assertArrayEquals(made.bytes(), again.bytes(), "a second start never writes over the key");
    }

    @Test
    void theConfiguredKeyComesFirst() {
        LinkKey.create(dir);
        byte[] configured = SealedSecretsTest.randomKey();
        LinkKey.Found.Key found = assertInstanceOf(
                LinkKey.Found.Key.class,
                LinkKey.find(" " + Base64.getEncoder().encodeToString(configured) + "\n", dir));
        assertArrayEquals(configured, found.bytes());
    }

    @Test
    void aMistypedKeyIsRefusedWithoutQuotingIt() throws IOException {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        LinkKey.Found.Unusable tooShort = assertInstanceOf(LinkKey.Found.Unusable.class, LinkKey.find(shortKey, dir));
        assertFalse(tooShort.problem().contains(shortKey));
        assertTrue(tooShort.problem().contains("GAITWAY_LINK_KEY"));
        assertInstanceOf(LinkKey.Found.Unusable.class, LinkKey.find("***not base64***", dir));
        Files.writeString(LinkKey.file(dir), "garbage");
        assertInstanceOf(LinkKey.Found.Unusable.class, LinkKey.find(null, dir));
    }
}
