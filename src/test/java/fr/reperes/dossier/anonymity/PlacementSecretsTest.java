package fr.reperes.dossier.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The guard's matching, as someone who wants the address through would write it: every spelling of the placement's
 * phone, name, street and town must be caught, and ordinary sentences without them must pass.
 */
class PlacementSecretsTest {

    private static final String PHONE = "06 00 00 40 00";
    private static final PlacementSecrets SECRETS = PlacementSecrets.builder()
            .name("Famille Dumont")
            .address("4 impasse des Mouettes, 62930 Wimereux")
            .phone(PHONE)
            .name("Foyer L'Escale")
            .address("12 rue du Général-Leclerc, 42000 Saint-Étienne")
            .phone("+33 4 77 00 12 34")
            .build();

    private static final List<String> NAMES = List.of(
            "Dumont",
            "impasse des Mouettes",
            "Wimereux",
            "62930",
            "Saint-Étienne",
            "L'Escale",
            "rue du Général-Leclerc");

    private static final List<String> ORDINARY = List.of(
            "Léo",
            "a",
            "bien",
            "progressé",
            "en",
            "lecture",
            "et",
            "voit",
            "sa",
            "mère",
            "deux",
            "fois",
            "par",
            "mois",
            "au",
            "service",
            "la",
            "visite",
            "médiatisée",
            "se",
            "passe",
            "le",
            "samedi",
            "à",
            "14h30",
            "rendez-vous",
            "du",
            "12/06/2026",
            "avec",
            "l’école",
            "famille",
            "d’accueil",
            "foyer",
            "maison",
            "enfants",
            "juge",
            "référente",
            "CAP",
            "cuisine",
            "stage",
            "santé",
            "orthophoniste",
            "lunettes",
            "football",
            "anniversaire",
            "vacances",
            "été",
            "Noël",
            "2026",
            "classe",
            "CE2",
            "collège",
            "mission",
            "locale",
            "appartement",
            "avenue",
            "place",
            "centre",
            "ville",
            "saint",
            "mouette",
            "escalier",
            "général",
            "lundi",
            "n°",
            "12",
            "4",
            "chemin",
            "route",
            "allée",
            "mairie",
            "Lille",
            "Boulogne-sur-Mer",
            "Calais",
            "Dumas",
            "Montpellier");

    @Property(tries = 400)
    void everyWrittenFormOfThePhoneIsCaught(
            @ForAll("phones") String phone, @ForAll("sentences") String before, @ForAll("sentences") String after) {
        assertThat(SECRETS.namedIn(before + " " + phone + " " + after))
                .as(phone)
                .isTrue();
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> prefix = Arbitraries.of("0", "+33 ", "+33", "0033 ", "0033", "+33 (0)", "+33(0) ", "(+33) ");
        Arbitrary<String> separator = Arbitraries.of(" ", ".", "-", "/", "", "\u00a0", " - ", "–");
        Arbitrary<String> number = Arbitraries.of("6 00 00 40 00", "4 77 00 12 34");
        return Combinators.combine(prefix, separator, number).as((p, sep, n) -> {
            String[] groups = n.split(" ");
            StringBuilder written = new StringBuilder(p).append(groups[0]);
            for (int i = 1; i < groups.length; i++) {
                written.append(sep).append(groups[i]);
            }
            return written.toString();
        });
    }

    @Property(tries = 400)
    void namesStreetsAndTownsAreCaughtInAnyCaseWithOrWithoutAccentsHyphensAndApostrophes(
            @ForAll("spellings") String name, @ForAll("sentences") String before, @ForAll("sentences") String after) {
        assertThat(SECRETS.namedIn(before + " " + name + " " + after)).as(name).isTrue();
    }

    @Provide
    Arbitrary<String> spellings() {
        return Combinators.combine(
                        Arbitraries.of(NAMES),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(" ", "-", "’", "'", "  ", "_"),
                        Arbitraries.longs())
                .as((name, casing, joiner, seed) -> {
                    String written = name.replaceAll("[ \\-']", joiner);
                    if (seed % 2 == 0) {
                        written = Normalizer.normalize(written, Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "");
                    }
                    return switch (casing) {
                        case 0 -> written.toUpperCase(Locale.FRENCH);
                        case 1 -> written.toLowerCase(Locale.FRENCH);
                        case 2 -> alternate(written, seed);
                        default -> written;
                    };
                });
    }

    @Property(tries = 400)
    void ordinarySentencesWithoutTheSecretsPass(@ForAll("sentences") String sentence) {
        assertThat(SECRETS.namedIn(sentence)).as(sentence).isFalse();
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(ORDINARY).list().ofMinSize(0).ofMaxSize(14).map(words -> String.join(" ", words));
    }

    @Property(tries = 50)
    void withoutAnOrderNothingIsASecret(@ForAll("spellings") String name) {
        assertThat(PlacementSecrets.NONE.namedIn(name)).isFalse();
    }

    @Example
    void theStretchSpellingsOfATownAreCaught() {
        for (String town : List.of(
                "ST ETIENNE", "St-Étienne", "saint etienne", "SAINT-ÉTIENNE", "SaintEtienne", "l escale", "LESCALE")) {
            assertThat(SECRETS.namedIn("à " + town)).as(town).isTrue();
        }
    }

    @Example
    void commonWordsOfAnAddressAreNotSecretsOnTheirOwn() {
        assertThat(SECRETS.namedIn("Il va à la famille d’accueil, impasse tranquille, route du foyer, place "
                        + "du marché, rue de l’école, le 4 à 14h, saint Nicolas"))
                .isFalse();
    }

    private static String alternate(String text, long seed) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(((seed >> (i % 60)) & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
