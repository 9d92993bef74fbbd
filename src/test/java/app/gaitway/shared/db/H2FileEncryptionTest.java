package app.gaitway.shared.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H2FileEncryptionTest {

    private static final String KEY = "k8Jw2fQ9vL3xR7tB1nM5pZ0s";

    @TempDir
    Path tmp;

    private DatabaseSettings settings(Map<String, String> config) {
        Map<String, String> all = new HashMap<>(config);
        all.putIfAbsent("gaitway.data.dir", tmp.resolve("data").toString());
        return DatabaseSettings.from(all::get);
    }

    @Test
    void withoutAKeyTheFileStaysUnencryptedAsBefore() {
        DatabaseSettings plain = settings(Map.of());
        assertFalse(plain.isEncrypted());
        assertFalse(plain.url().contains("CIPHER"), plain.url());
        assertEquals("", plain.password());
    }

    @Test
    void aKeyOpensTheFileWithAesAndGoesInFrontOfTheUserPassword() {
        DatabaseSettings encrypted = settings(Map.of("gaitway.db.encryption.key", KEY));
        assertTrue(encrypted.isEncrypted());
        assertTrue(encrypted.url().contains(";CIPHER=AES;"), encrypted.url());
        assertTrue(encrypted.url().endsWith(";WRITE_DELAY=0"), encrypted.url());
        assertEquals(KEY + " ", encrypted.password());
        assertFalse(encrypted.toString().contains(KEY), "the key in a printable form");
    }

    @Test
    void aConfiguredH2UrlIsEncryptedTooButPostgresqlIsLeftAlone() {
        DatabaseSettings h2 = settings(Map.of(
                "gaitway.db.url", "jdbc:h2:file:/srv/g;AUTO_SERVER=TRUE",
                "gaitway.db.password", "pw",
                "gaitway.db.encryption.key", KEY));
        assertEquals("jdbc:h2:file:/srv/g;AUTO_SERVER=TRUE;CIPHER=AES;WRITE_DELAY=0", h2.url());
        assertEquals(KEY + " pw", h2.password());
        DatabaseSettings pg = settings(Map.of(
                "gaitway.db.url",
                "jdbc:postgresql://db/g",
                "gaitway.db.password",
                "pw",
                "gaitway.db.encryption.key",
                KEY));
        assertEquals("pw", pg.password());
        assertFalse(pg.isEncrypted());
    }

    @Test
    void theKeyIsReadFromAKeyFileOutsideTheDataDirectory() throws Exception {
        Path keyFile = tmp.resolve("keys").resolve("db.key");
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, KEY + "\n");
        assertEquals(
                KEY + " ",
                settings(Map.of("gaitway.db.encryption.key.file", keyFile.toString()))
                        .password());
    }

    @Test
    void aKeyFileInsideTheDataDirectoryIsRefused() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("sub"));
        Path keyFile = data.resolve("sub").resolve("db.key");
        Files.writeString(keyFile, KEY);
        var refused = assertThrows(
                H2FileEncryption.Misconfigured.class,
                () -> settings(Map.of("gaitway.db.encryption.key.file", keyFile.toString())));
        assertTrue(refused.getMessage().contains("inside the data directory"), refused.getMessage());
        assertFalse(refused.getMessage().contains(KEY));
    }

    @Test
    void aSymbolicLinkDoesNotHideAKeyFileInTheDataDirectory() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("db.key"), KEY);
        Path link = Files.createSymbolicLink(tmp.resolve("elsewhere"), data);
        assertThrows(
                H2FileEncryption.Misconfigured.class,
                () -> settings(Map.of(
                        "gaitway.db.encryption.key.file", link.resolve("db.key").toString())));
    }

    @Test
    void aMissingKeyFileAWeakKeyOrTwoKeysAreRefused() {
        assertThrows(
                H2FileEncryption.Misconfigured.class,
                () -> settings(Map.of(
                        "gaitway.db.encryption.key.file",
                        tmp.resolve("none.key").toString())));
        assertThrows(
                H2FileEncryption.Misconfigured.class, () -> settings(Map.of("gaitway.db.encryption.key", "short")));
        assertThrows(
                H2FileEncryption.Misconfigured.class,
                () -> settings(Map.of("gaitway.db.encryption.key", "has a space inside it, so H2 splits it")));
        assertThrows(
                H2FileEncryption.Misconfigured.class,
                () -> settings(Map.of(
                        "gaitway.db.encryption.key",
                        KEY,
                        "gaitway.db.encryption.key.file",
                        tmp.resolve("x").toString())));
    }
}
