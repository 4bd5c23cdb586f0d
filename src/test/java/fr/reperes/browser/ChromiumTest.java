package fr.reperes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser tests may be skipped for a missing Chromium on a developer's machine, never under CI. */
class ChromiumTest {

    private static final Path NO_CHROMIUM = Path.of("target", "no-chromium-here");

    @Test
    void aMissingChromiumFailsTheBrowserTestsWhereCiIsSet() {
        assertThatThrownBy(() -> Chromium.requireExecutable(NO_CHROMIUM, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Chromium is not installed");
        assertThatThrownBy(() -> Chromium.requireExecutable(NO_CHROMIUM, "")).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aMissingChromiumSkipsThemOnADevelopersMachine() {
        assertThatThrownBy(() -> Chromium.requireExecutable(NO_CHROMIUM, null))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void theCiScriptSetsCi() throws IOException {
        assertThat(Files.readAllLines(Path.of(".ci", "run"))).contains("export CI=true");
    }
}
