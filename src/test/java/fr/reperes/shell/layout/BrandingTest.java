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

    /** Every error page gives the ASE's phone: each shipped theme has one, and a theme without one does not start. */
    @Test
    void eachThemeGivesItsAsePhoneAndAThemeWithoutOneStopsTheStart() throws Exception {
        assertThat(new Branding(new BrandingProperties("demo")).asePhone()).isEqualTo("01 99 00 12 34");
        assertThat(new Branding(new BrandingProperties("azur")).asePhone()).isEqualTo("01 99 00 56 78");
        assertThatThrownBy(() -> new Branding(new BrandingProperties("sans-telephone")))
                .hasMessageContaining("sans-telephone")
                .hasMessageContaining("ase.phone");
    }
}
