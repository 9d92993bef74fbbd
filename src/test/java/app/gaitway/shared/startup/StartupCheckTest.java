package app.gaitway.shared.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartupCheckTest {

    @TempDir
    Path temp;

    @Test
    void aMissingDataDirectoryIsCreated() {
        Path dataDir = temp.resolve("a/b/data");

        assertEquals(Optional.empty(), StartupCheck.dataDirectory(dataDir, true));
        assertTrue(Files.isDirectory(dataDir));
    }

    @Test
    void aFileInTheWayOfTheDataDirectoryIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertEquals(
                Optional.of("Gaitway cannot start: the data directory " + file.resolve("data") + " cannot be created: "
                        + file
                        + " is a file, not a directory. Move that file away, or set GAITWAY_DATA_DIR to a directory"
                        + " Gaitway can create."),
                StartupCheck.dataDirectory(file.resolve("data"), true));
    }
}
