package fr.reperes.dossier.anonymity;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What would tell the parents where a young person lives under an anonymity order: the lieu d'accueil's name, its
 * street, town and postcode, its phone, and the people of the placement (the assistant familial, the educator). Texts
 * are compared folded, so that case, accents, hyphens, apostrophes, punctuation and "St"/"Saint" do not hide a name,
 * and phone numbers are compared on their digits, whatever the separators or the +33 / 0033 prefix. Pure: no
 * database, so that every spelling can be generated in a property test.
 */
public final class PlacementSecrets {

    public static final PlacementSecrets NONE = new PlacementSecrets(Set.of(), Set.of());

    /** Words too common to reveal a place on their own (folded). */
    private static final Set<String> COMMON = Set.of(
            "famille",
            "familles",
            "accueil",
            "maison",
            "enfants",
            "enfant",
            "enfance",
            "foyer",
            "assistant",
            "assistante",
            "familial",
            "familiale",
            "etablissement",
            "village",
            "appartement",
            "impasse",
            "avenue",
            "chemin",
            "boulevard",
            "allee",
            "place",
            "route",
            "residence",
            "saint",
            "sainte",
            "grand",
            "grande",
            "petit",
            "petite",
            "centre",
            "service",
            "services",
            "social",
            "sociale",
            "jeune",
            "jeunes",
            "quartier",
            "cedex",
            "batiment",
            "escalier",
            "etage",
            "madame",
            "monsieur",
            "accueillant",
            "accueillante",
            "educatif",
            "educative",
            "educateur",
            "educatrice",
            "lieu",
            "maisons",
            "travailleurs",
            "semi",
            "autonomie",
            "personne",
            "confiance",
            "hameau",
            "square",
            "passage",
            "domaine",
            "villa",
            "chez",
            "mecs",
            "pouponniere",
            "association",
            "fondation",
            "departement",
            "departemental",
            "departementale",
            "france",
            "nord",
            "ouest",
            "est",
            "sud",
            "haut",
            "basse",
            "haute",
            "vieux",
            "vieille",
            "neuve",
            "notre",
            "dame",
            "general",
            "marechal",
            "president",
            "docteur",
            "republique",
            "liberation",
            "mairie",
            "ecole",
            "ecoles",
            "eglise",
            "moulin",
            "fontaine",
            "chateau",
            "jardin",
            "jardins",
            "fleurs",
            "plage",
            "champs",
            "paris",
            "rouge",
            "blanche",
            "blanc",
            "verte",
            "source",
            "sources",
            "soleil",
            "lycee",
            "college",
            "foyers",
            "logement",
            "hotel",
            "clinique",
            "hopital");

    private static final Set<String> STOP_WORDS = Set.of(
            "les", "des", "aux", "sur", "sous", "une", "the", "pour", "par", "avec", "chez", "rue", "bis", "ter");

    private static final Pattern DIGIT_RUN =
            Pattern.compile("\\d(?:[\\d\\s\\u00a0\\u202f.\\-\\u2010\\u2011\\u2012\\u2013\\u2014/()+_]*\\d)?");
    private static final Pattern POSTCODE = Pattern.compile("^(\\d{5})\\s+(.+)$");

    /** Folded phrases, each matched between word boundaries. */
    private final Set<String> phrases;
    /** The significant digits of each phone (without the leading 0 or country code). */
    private final Set<String> phones;

    private PlacementSecrets(Set<String> phrases, Set<String> phones) {
        this.phrases = Set.copyOf(phrases);
        this.phones = Set.copyOf(phones);
    }

    /** The secrets of one or more places or people: names, addresses ("4 impasse des Mouettes, 62930 Wimereux"), phones. */
    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return phrases.isEmpty() && phones.isEmpty();
    }

    /** Whether the text names any part of the placement. */
    public boolean namedIn(@Nullable String text) {
        if (text == null || text.isBlank() || isEmpty()) {
            return false;
        }
        String folded = " " + fold(text) + " ";
        for (String phrase : phrases) {
            if (folded.contains(" " + phrase + " ")) {
                return true;
            }
            String squashed = phrase.replace(" ", "");
            if (phrase.contains(" ")
                    && squashed.length() >= 6
                    && folded.replace(" ", "").contains(squashed)) {
                return true;
            }
        }
        if (!phones.isEmpty()) {
            Matcher runs = DIGIT_RUN.matcher(text);
            while (runs.find()) {
                String digits = runs.group().replaceAll("\\D", "");
                for (String phone : phones) {
                    if (digits.contains(phone)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Lower case without accents; every character that is not a letter or digit becomes a space; "st"/"ste" read as
     * "saint"/"sainte"; spaces collapsed.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe")
                .replace("Œ", "OE")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String spaced =
                plain.replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", " ").trim();
        return (" " + spaced + " ")
                .replace(" st ", " saint ")
                .replace(" ste ", " sainte ")
                .replace(" st ", " saint ")
                .replace(" ste ", " sainte ")
                .trim();
    }

    /** Collects the secrets of a placement. */
    public static final class Builder {

        private final Set<String> phrases = new LinkedHashSet<>();
        private final Set<String> phones = new LinkedHashSet<>();

        private Builder() {}

        /** A place's or a person's name: the whole name, and each word of it that is not a common word. */
        public Builder name(String name) {
            phrase(name, 4);
            // "Foyer L'Escale" is also written "l'Escale" or "LESCALE": the name without its common first words.
            String folded = fold(name);
            String rest = folded;
            while (rest.contains(" ") && COMMON.contains(rest.substring(0, rest.indexOf(' ')))) {
                rest = rest.substring(rest.indexOf(' ') + 1);
            }
            if (!rest.equals(folded)) {
                phrase(rest, 4);
            }
            words(name);
            return this;
        }

        /** An address: each part between commas, the street without its number, the town, the postcode. */
        public Builder address(String address) {
            if (address == null || address.isBlank()) {
                return this;
            }
            phrase(address, 4);
            for (String part : address.split("[,\\n;]")) {
                String trimmed = part.trim();
                phrase(trimmed, 4);
                Matcher postcode = POSTCODE.matcher(trimmed);
                if (postcode.matches()) {
                    phrases.add(postcode.group(1));
                    // A town's name may be short (Pau, Ivry): it counts whole, whatever its length.
                    phrase(postcode.group(2), 3);
                }
                String street = trimmed.replaceFirst("^\\d+\\s*(?:bis|ter)?\\s+", "");
                if (!street.equals(trimmed)) {
                    phrase(street, 4);
                }
                words(trimmed);
            }
            return this;
        }

        /** A town named on its own (a stay, a school's town). */
        public Builder town(String town) {
            phrase(town, 3);
            return this;
        }

        public Builder phone(String phone) {
            if (phone == null) {
                return this;
            }
            String digits = phone.replaceAll("\\D", "");
            if (phone.trim().startsWith("+") && digits.length() > 9) {
                digits = digits.substring(digits.length() - 9);
            } else if (digits.startsWith("00") && digits.length() > 11) {
                digits = digits.substring(digits.length() - 9);
            } else if (digits.startsWith("0") && digits.length() == 10) {
                digits = digits.substring(1);
            }
            if (digits.length() >= 8) {
                phones.add(digits);
            } else if (digits.length() >= 4) {
                phrases.add(digits);
            }
            return this;
        }

        public PlacementSecrets build() {
            return new PlacementSecrets(phrases, phones);
        }

        /** A phrase counts when it has a word of its own: "Famille d'accueil" alone reveals nothing. */
        private void phrase(String text, int minLength) {
            String folded = fold(text);
            boolean distinctive = false;
            for (String word : folded.split(" ")) {
                distinctive |= word.length() >= 3 && !COMMON.contains(word) && !STOP_WORDS.contains(word);
            }
            if (distinctive && folded.replace(" ", "").length() >= minLength && !folded.matches("\\d{1,4}")) {
                phrases.add(folded);
            }
        }

        private void words(String text) {
            for (String word : fold(text).split(" ")) {
                if (word.length() >= 5 && !COMMON.contains(word) && !word.matches("\\d+")) {
                    phrases.add(word);
                }
            }
        }
    }

    @Override
    public String toString() {
        // Never the secrets themselves: this object may end up in a log.
        return "PlacementSecrets[" + phrases.size() + " phrases, " + phones.size() + " phones]";
    }
}
