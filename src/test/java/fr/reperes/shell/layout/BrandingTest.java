package fr.reperes.shell.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The département's theme is chosen by configuration; both shipped themes load. */
class BrandingTest {

    @Test
    void theDemoThemeIsTheDefault() throws Exception {
        Branding branding = new Branding(new BrandingProperties("demo"));
        assertThat(branding.name()).isEqualTo("Département de démonstration");
        assertThat(branding.stylesheetUrl()).isEqualTo("branding/demo/theme.css");
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/branding/demo/logo.svg"))
                .isNotNull();
    }

    @Test
    void switchingTheThemeChangesNameColoursAndLogo() throws Exception {
        Branding branding = new Branding(new BrandingProperties("azur"));
        assertThat(branding.name()).isEqualTo("Département Azur");
        assertThat(branding.stylesheetUrl()).isEqualTo("branding/azur/theme.css");
        assertThat(branding.logoUrl()).isEqualTo("branding/azur/logo.svg");
        assertThat(getClass().getClassLoader().getResource("META-INF/resources/branding/azur/theme.css"))
                .isNotNull();
    }

    @Test
    void anUnknownThemeStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new Branding(new BrandingProperties("nulle-part")))
                .hasMessageContaining("nulle-part")
                .hasMessageContaining("REPERES_THEME");
    }
}
