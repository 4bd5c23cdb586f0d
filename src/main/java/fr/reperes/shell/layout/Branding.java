package fr.reperes.shell.layout;

import fr.reperes.shell.DepartementPhone;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The département's look, from {@code themes/<theme>/} (served under {@code /branding/<theme>/}): its name, its logo,
 * a stylesheet that sets the colours on top of Lumo, and the phone of its child welfare service (ASE), which every
 * error page gives as the number to call.
 */
@Component
public class Branding implements DepartementPhone {

    private final String theme;
    private final String name;
    private final String logoAlt;
    private final String asePhone;

    Branding(BrandingProperties properties) throws IOException {
        this.theme = properties.theme();
        String path = "META-INF/resources/branding/" + theme + "/theme.properties";
        try (InputStream in = Branding.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No theme '" + theme + "': " + path
                        + " is missing. Set reperes.theme (REPERES_THEME) to a folder of themes/.");
            }
            Properties values = new Properties();
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.name = values.getProperty("name");
            this.logoAlt = values.getProperty("logo.alt", name);
            String phone = values.getProperty("ase.phone");
            if (phone == null || phone.isBlank()) {
                throw new IllegalStateException("The theme '" + theme + "' gives no ase.phone in " + path
                        + ": the error pages tell people whom to call.");
            }
            this.asePhone = phone.strip();
        }
    }

    String theme() {
        return theme;
    }

    /** The département's name, shown beside the logo. */
    public String name() {
        return name;
    }

    @Override
    public String asePhone() {
        return asePhone;
    }

    String logoAlt() {
        return logoAlt;
    }

    String logoUrl() {
        return "branding/" + theme + "/logo.svg";
    }

    public String stylesheetUrl() {
        return "branding/" + theme + "/theme.css";
    }
}
