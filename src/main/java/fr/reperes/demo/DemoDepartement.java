package fr.reperes.demo;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.ContactKind;
import fr.reperes.dossier.Decider;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.MeasureKind;
import fr.reperes.dossier.PlacementKind;
import fr.reperes.dossier.VisitingRights;
import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.dossier.imports.DossierImport.NewContact;
import fr.reperes.dossier.imports.DossierImport.NewMeasure;
import fr.reperes.dossier.imports.DossierImport.NewParent;
import fr.reperes.dossier.imports.DossierImport.NewParentLink;
import fr.reperes.dossier.imports.DossierImport.NewYoungPerson;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo département: its territories and services, the personas, and a generated population whose age split
 * follows Pas-de-Calais': under 3: 6 %, 3-5: 12 %, 6-10: 26 %, 11-15: 29 %, 16-17: 14 %, 18-20: 13 %.
 */
@Component
class DemoDepartement {

    static final String CODE = "DEMO";

    private static final String[] TERRITORIES = {"Littoral", "Bassin minier", "Arrageois", "Audomarois"};
    private static final String[] FIRST_NAMES = {
        "Adam",
        "Alice",
        "Aya",
        "Camille",
        "Chloé",
        "Ethan",
        "Emma",
        "Gabriel",
        "Hugo",
        "Inès",
        "Jade",
        "Jules",
        "Kenza",
        "Léa",
        "Louis",
        "Lucas",
        "Maël",
        "Manon",
        "Maya",
        "Mohamed",
        "Nathan",
        "Nour",
        "Noah",
        "Rayan",
        "Romane",
        "Sacha",
        "Sarah",
        "Théo",
        "Yasmine",
        "Zoé",
        "Ibrahima",
        "Fatou",
        "Enzo",
        "Lola",
        "Timéo",
        "Lina",
        "Mathis",
        "Anaïs",
        "Kylian",
        "Éva"
    };
    private static final String[] LAST_NAMES = {
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Martinez",
        "Haddad",
        "Diop",
        "Nguyen",
        "Benmoussa",
        "Kaya",
        "Camara",
        "Lopez",
        "Fontaine",
        "Chevalier",
        "Robin",
        "Masson"
    };
    private static final String[] PARENT_FIRST_MOTHER = {
        "Sandrine",
        "Nathalie",
        "Aurélie",
        "Samira",
        "Karima",
        "Julie",
        "Céline",
        "Aminata",
        "Stéphanie",
        "Mélanie",
        "Sabrina",
        "Virginie"
    };
    private static final String[] PARENT_FIRST_FATHER = {
        "David",
        "Sébastien",
        "Nicolas",
        "Karim",
        "Mehdi",
        "Julien",
        "Mamadou",
        "Christophe",
        "Jérôme",
        "Rachid",
        "Anthony",
        "Franck"
    };

    private final DossierImport dossier;
    private final AccountDirectory accounts;
    private final DemoCarePlans carePlans;
    private final DemoMeetings meetings;
    private final DemoPartners partners;
    private final DemoAutonomy autonomy;
    private final DemoPathways pathways;
    private final DemoCouncil councils;
    private final Clock clock;

    DemoDepartement(
            DossierImport dossier,
            AccountDirectory accounts,
            DemoCarePlans carePlans,
            DemoMeetings meetings,
            DemoPartners partners,
            DemoAutonomy autonomy,
            DemoPathways pathways,
            DemoCouncil councils,
            Clock clock) {
        this.councils = councils;
        this.autonomy = autonomy;
        this.partners = partners;
        this.pathways = pathways;
        this.meetings = meetings;
        this.dossier = dossier;
        this.accounts = accounts;
        this.carePlans = carePlans;
        this.clock = clock;
    }

    boolean exists() {
        return dossier.departementId(CODE).isPresent();
    }

    @Transactional
    void load(int population) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(2026);
        long dep = dossier.departement(CODE, "Département de démonstration");
        partners.load(dep);

        List<Long> territories = new ArrayList<>();
        List<Long> services = new ArrayList<>();
        for (int i = 0; i < TERRITORIES.length; i++) {
            long territory = dossier.territory(dep, TERRITORIES[i]);
            territories.add(territory);
            long service = dossier.service(dep, territory, "Service ASE " + TERRITORIES[i], "03 21 00 0" + i + " 00");
            services.add(service);
            long head = dossier.professional(
                    dep,
                    service,
                    pick(random, PARENT_FIRST_MOTHER),
                    pick(random, LAST_NAMES),
                    "Cheffe de service ASE",
                    null,
                    "03 21 00 0" + i + " 01");
            dossier.serviceHead(service, head);
        }

        // The personas' professionals: claire and thomas follow young people, the others never see a file.
        long claire = dossier.professional(
                dep,
                services.get(0),
                "Claire",
                "Martin",
                "Référente ASE",
                "claire.martin@demo.reperes.fr",
                "03 21 00 10 11");
        long thomas = dossier.professional(
                dep,
                services.get(0),
                "Thomas",
                "Roux",
                "Référent ASE",
                "thomas.roux@demo.reperes.fr",
                "03 21 00 10 12");
        long yanis = dossier.professional(
                dep,
                null,
                "Yanis",
                "Garnier",
                "Animateur du conseil des jeunes",
                "yanis.garnier@demo.reperes.fr",
                null);
        long odpe = dossier.professional(
                dep, null, "Odile", "Perrin", "Chargée d'études ODPE", "odile.perrin@demo.reperes.fr", null);
        long admin = dossier.professional(
                dep, null, "Admin", "Repères", "Administrateur du portail", "admin@demo.reperes.fr", null);
        List<Long> referents = new ArrayList<>();
        Map<Long, String> referentNames = new HashMap<>(Map.of(claire, "Claire Martin", thomas, "Thomas Roux"));
        for (int i = 0; i < 60; i++) {
            String firstName = pick(random, i % 2 == 0 ? PARENT_FIRST_MOTHER : PARENT_FIRST_FATHER);
            String lastName = pick(random, LAST_NAMES);
            long referent = dossier.professional(
                    dep,
                    services.get(i % services.size()),
                    firstName,
                    lastName,
                    i % 2 == 0 ? "Référente ASE" : "Référent ASE",
                    null,
                    null);
            referents.add(referent);
            referentNames.put(referent, firstName + " " + lastName);
        }

        // The personas.
        LocalDate aminaBirthDate = today.minusYears(19).minusMonths(2);
        List<Long> personas = dossier.youngPeople(
                dep,
                List.of(
                        new NewYoungPerson(
                                territories.get(0),
                                "Lina",
                                "Benali",
                                today.plusMonths(5).minusYears(18),
                                claire,
                                false),
                        new NewYoungPerson(
                                territories.get(0),
                                "Léo",
                                "Lefèvre",
                                today.minusYears(9).minusMonths(3),
                                claire,
                                true),
                        new NewYoungPerson(
                                territories.get(0),
                                "Mehdi",
                                "Traoré",
                                today.minusYears(15).minusMonths(4),
                                claire,
                                false),
                        new NewYoungPerson(territories.get(0), "Amina", "Diallo", aminaBirthDate, thomas, false)));
        long lina = personas.get(0);
        long leo = personas.get(1);
        long mehdi = personas.get(2);
        long amina = personas.get(3);
        List<Long> personaParents = dossier.parents(
                dep,
                List.of(
                        new NewParent("Karim", "Benali", "karim@demo.reperes.fr", "06 00 00 00 01"),
                        new NewParent("Nadia", "Morel", "nadia@demo.reperes.fr", "06 00 00 00 02"),
                        new NewParent("Sofia", "Lefèvre", "sofia@demo.reperes.fr", "06 00 00 00 03"),
                        new NewParent("Aïssata", "Traoré", null, "06 00 00 00 04"),
                        new NewParent("Fanta", "Diallo", null, "06 00 00 00 05")));
        long karim = personaParents.get(0);
        long nadia = personaParents.get(1);
        long sofia = personaParents.get(2);
        dossier.parentLinks(List.of(
                new NewParentLink(lina, karim, Kinship.FATHER, ParentalAuthority.HOLDS, false),
                new NewParentLink(lina, nadia, Kinship.MOTHER, ParentalAuthority.WITHDRAWN, false),
                new NewParentLink(leo, sofia, Kinship.MOTHER, ParentalAuthority.HOLDS, false),
                new NewParentLink(mehdi, personaParents.get(3), Kinship.MOTHER, ParentalAuthority.HOLDS, false),
                new NewParentLink(amina, personaParents.get(4), Kinship.MOTHER, ParentalAuthority.HOLDS, false)));

        dossier.measures(List.of(
                new NewMeasure(
                        lina,
                        MeasureKind.OPP,
                        Decider.JUGE_DES_ENFANTS,
                        today.minusYears(2).minusMonths(1),
                        today.minusYears(2).minusMonths(1),
                        today.minusYears(2),
                        PlacementKind.FOYER_ENFANCE,
                        "Foyer départemental de l’enfance",
                        "3 rue de la Paix, 62100 Calais",
                        "03 21 00 20 00",
                        VisitingRights.MEDIATED,
                        "une fois par semaine"),
                new NewMeasure(
                        lina,
                        MeasureKind.PLACEMENT_JUDICIAIRE,
                        Decider.JUGE_DES_ENFANTS,
                        today.minusYears(2),
                        today.minusYears(2),
                        today.plusMonths(5),
                        PlacementKind.MECS,
                        "MECS Les Tilleuls",
                        "12 rue des Tilleuls, 62200 Boulogne-sur-Mer",
                        "03 21 00 30 00",
                        VisitingRights.FREE,
                        "un week-end sur deux et la moitié des vacances"),
                new NewMeasure(
                        leo,
                        MeasureKind.PLACEMENT_JUDICIAIRE,
                        Decider.JUGE_DES_ENFANTS,
                        today.minusYears(1).minusMonths(3),
                        today.minusYears(1).minusMonths(3),
                        today.plusMonths(9),
                        PlacementKind.FAMILLE_ACCUEIL,
                        "Famille Dumont",
                        "4 impasse des Mouettes, 62930 Wimereux",
                        "06 00 00 40 00",
                        VisitingRights.MEDIATED,
                        "deux fois par mois, dans les locaux du service"),
                NewMeasure.athome(
                        mehdi, MeasureKind.AEMO, Decider.JUGE_DES_ENFANTS, today.minusYears(1), today.plusYears(1)),
                new NewMeasure(
                        amina,
                        MeasureKind.PLACEMENT_JUDICIAIRE,
                        Decider.JUGE_DES_ENFANTS,
                        today.minusYears(4),
                        today.minusYears(4),
                        today.minusYears(1).minusMonths(2),
                        PlacementKind.FAMILLE_ACCUEIL,
                        "Famille Leroux",
                        "7 rue Pasteur, 62300 Lens",
                        "06 00 00 50 00",
                        VisitingRights.FREE,
                        null),
                NewMeasure.athome(
                        amina,
                        MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR,
                        Decider.PRESIDENT_DEPARTEMENT,
                        today.minusYears(1).minusMonths(2),
                        today.plusMonths(10))));

        dossier.contacts(List.of(
                new NewContact(
                        lina,
                        ContactKind.EDUCATOR,
                        "Sophie Carpentier",
                        "MECS Les Tilleuls",
                        "03 21 00 30 01",
                        null,
                        true),
                new NewContact(
                        lina,
                        ContactKind.LAWYER,
                        "Maître Julie Dupuis",
                        "Barreau de Boulogne-sur-Mer",
                        "03 21 00 60 00",
                        null,
                        false),
                new NewContact(
                        lina,
                        ContactKind.JUDGE,
                        "Juge des enfants",
                        "Tribunal judiciaire de Boulogne-sur-Mer",
                        "03 21 00 70 00",
                        null,
                        false),
                new NewContact(
                        leo, ContactKind.EDUCATOR, "Marc Dumont", "Famille d’accueil", "06 00 00 40 00", null, true),
                new NewContact(
                        leo,
                        ContactKind.JUDGE,
                        "Juge des enfants",
                        "Tribunal judiciaire de Boulogne-sur-Mer",
                        "03 21 00 70 00",
                        null,
                        false),
                new NewContact(
                        mehdi,
                        ContactKind.JUDGE,
                        "Juge des enfants",
                        "Tribunal judiciaire d’Arras",
                        "03 21 00 80 00",
                        null,
                        false),
                new NewContact(
                        mehdi,
                        ContactKind.MDPH_REFERENT,
                        "Nora Belkacem",
                        "MDPH du département",
                        "03 21 00 90 00",
                        null,
                        false)));

        List<DemoPathways.Person> generated = generatePopulation(
                dep, population, today, random, territories, referents, referentNames, claire, thomas);

        link(accounts.create(NewAccount.youngPerson(dep, "Lina Benali", lina)), "lina");
        AccountSummary mehdiAccount = accounts.create(NewAccount.youngPerson(dep, "Mehdi Traoré", mehdi));
        link(mehdiAccount, "mehdi");
        AccountSummary aminaAccount = accounts.create(NewAccount.youngPerson(dep, "Amina Diallo", amina));
        link(aminaAccount, "amina");
        link(accounts.create(NewAccount.parent(dep, "Karim Benali", karim)), "karim");
        link(accounts.create(NewAccount.parent(dep, "Nadia Morel", nadia)), "nadia");
        link(accounts.create(NewAccount.parent(dep, "Sofia Lefèvre", sofia)), "sofia");
        AccountSummary claireAccount =
                accounts.create(NewAccount.professional(dep, Role.REFERENT, "Claire Martin", claire));
        link(claireAccount, "claire");
        carePlans.load(claireAccount.id(), "Claire Martin", lina, leo);
        meetings.load(claireAccount.id(), "Claire Martin", lina, leo, mehdi);
        AccountSummary thomasAccount =
                accounts.create(NewAccount.professional(dep, Role.REFERENT, "Thomas Roux", thomas));
        link(thomasAccount, "thomas");
        autonomy.load(
                dep,
                new Viewer(claireAccount.id(), "claire", "Claire Martin", Role.REFERENT, dep, null, null, claire),
                lina,
                new Viewer(thomasAccount.id(), "thomas", "Thomas Roux", Role.REFERENT, dep, null, null, thomas),
                new Viewer(aminaAccount.id(), "amina", "Amina Diallo", Role.JEUNE, dep, amina, null, null),
                amina,
                aminaBirthDate);
        AccountSummary yanisAccount =
                accounts.create(NewAccount.professional(dep, Role.ANIMATEUR, "Yanis Garnier", yanis));
        link(yanisAccount, "yanis");
        councils.load(
                dep,
                new DemoCouncil.Member(
                        mehdi, mehdiAccount.id(), "Mehdi", today.minusYears(15).minusMonths(4)),
                new Viewer(yanisAccount.id(), "yanis", "Yanis Garnier", Role.ANIMATEUR, dep, null, null, yanis),
                generated,
                today);
        link(accounts.create(NewAccount.professional(dep, Role.OBSERVATOIRE, "Odile Perrin", odpe)), "odpe");
        link(accounts.create(NewAccount.professional(dep, Role.ADMIN, "Admin Repères", admin)), "admin");
    }

    private List<DemoPathways.Person> generatePopulation(
            long dep,
            int population,
            LocalDate today,
            Random random,
            List<Long> territories,
            List<Long> referents,
            Map<Long, String> referentNames,
            long claire,
            long thomas) {
        List<NewYoungPerson> people = new ArrayList<>(population);
        for (int i = 0; i < population; i++) {
            // Claire and Thomas each follow about 35 of them, like a real caseload.
            Long referent = i % 57 == 0
                    ? Long.valueOf(claire)
                    : i % 57 == 1 ? Long.valueOf(thomas) : referents.get(random.nextInt(referents.size()));
            LocalDate birthDate = today.minusDays(ageInDays(random));
            people.add(new NewYoungPerson(
                    territories.get(random.nextInt(territories.size())),
                    pick(random, FIRST_NAMES),
                    pick(random, LAST_NAMES),
                    birthDate,
                    referent,
                    random.nextInt(100) < 3));
        }
        List<Long> ids = dossier.youngPeople(dep, people);

        List<NewParent> parents = new ArrayList<>();
        List<long[]> pairs = new ArrayList<>(); // young person index, parent index, kinship ordinal
        for (int i = 0; i < ids.size(); i++) {
            String lastName = people.get(i).lastName();
            parents.add(new NewParent(pick(random, PARENT_FIRST_MOTHER), lastName, null, null));
            pairs.add(new long[] {i, parents.size() - 1, Kinship.MOTHER.ordinal()});
            if (random.nextInt(100) < 70) {
                parents.add(new NewParent(pick(random, PARENT_FIRST_FATHER), lastName, null, null));
                pairs.add(new long[] {i, parents.size() - 1, Kinship.FATHER.ordinal()});
            }
        }
        List<Long> parentIds = dossier.parents(dep, parents);
        List<NewParentLink> links = new ArrayList<>(pairs.size());
        for (long[] pair : pairs) {
            int roll = random.nextInt(100);
            ParentalAuthority authority = roll < 85
                    ? ParentalAuthority.HOLDS
                    : roll < 95 ? ParentalAuthority.WITHDRAWN : ParentalAuthority.DELEGATED;
            links.add(new NewParentLink(
                    ids.get((int) pair[0]),
                    parentIds.get((int) pair[1]),
                    Kinship.values()[(int) pair[2]],
                    authority,
                    false));
        }
        dossier.parentLinks(links);

        List<DemoPathways.Person> persons = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            NewYoungPerson person = people.get(i);
            persons.add(new DemoPathways.Person(
                    ids.get(i),
                    person.firstName() + " " + person.lastName(),
                    Objects.requireNonNull(
                            referentNames.get(person.referentId()), "each one was given a référent of the list above"),
                    person.birthDate()));
        }
        DemoPathways.Generated generated = pathways.generate(persons, today);
        dossier.measures(generatedMeasures(ids, people, today, random, generated.adultMeasures()));
        pathways.load(generated);
        return persons;
    }

    /**
     * One measure in force for each generated minor, of a kind that fits their age; the young adults' measures
     * follow their pathway (a contract, or nothing after 18).
     */
    private static List<NewMeasure> generatedMeasures(
            List<Long> ids,
            List<NewYoungPerson> people,
            LocalDate today,
            Random random,
            List<NewMeasure> adultMeasures) {
        List<NewMeasure> measures = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            NewYoungPerson person = people.get(i);
            LocalDate start = today.minusDays(30 + random.nextInt(700));
            LocalDate end = start.plusYears(2);
            if (!person.birthDate().plusYears(18).isAfter(today)) {
                continue; // the draws above stay, so that the minors' measures stay as they were
            }
            int roll = random.nextInt(100);
            if (roll < 35 && !person.anonymityOrdered()) {
                measures.add(NewMeasure.athome(ids.get(i), MeasureKind.AEMO, Decider.JUGE_DES_ENFANTS, start, end));
            } else if (roll < 50 && !person.anonymityOrdered()) {
                measures.add(NewMeasure.athome(ids.get(i), MeasureKind.AED, Decider.PRESIDENT_DEPARTEMENT, start, end));
            } else {
                PlacementKind where = random.nextInt(10) < 6
                        ? PlacementKind.FAMILLE_ACCUEIL
                        : random.nextInt(4) < 3 ? PlacementKind.MECS : PlacementKind.FOYER_ENFANCE;
                int number = 1 + random.nextInt(400);
                measures.add(new NewMeasure(
                        ids.get(i),
                        MeasureKind.PLACEMENT_JUDICIAIRE,
                        Decider.JUGE_DES_ENFANTS,
                        start,
                        start,
                        end,
                        where,
                        where == PlacementKind.FAMILLE_ACCUEIL
                                ? "Assistant familial n° " + number
                                : "Établissement n° " + number,
                        number + " rue de la République, 62000 Arras",
                        null,
                        random.nextBoolean() ? VisitingRights.FREE : VisitingRights.ACCOMPANIED,
                        null));
            }
        }
        measures.addAll(adultMeasures);
        return measures;
    }

    /** An age drawn from the département's age split, in days, so birthdays fall on every day of the year. */
    private static long ageInDays(Random random) {
        int roll = random.nextInt(100);
        int[] band = roll < 6
                ? new int[] {0, 2}
                : roll < 18
                        ? new int[] {3, 5}
                        : roll < 44
                                ? new int[] {6, 10}
                                : roll < 73 ? new int[] {11, 15} : roll < 87 ? new int[] {16, 17} : new int[] {18, 20};
        int years = band[0] + random.nextInt(band[1] - band[0] + 1);
        return years * 365L + random.nextInt(365);
    }

    private void link(AccountSummary account, String username) {
        accounts.linkIdentity(account.id(), username);
        accounts.rememberEmail(account.id(), username + "@demo.reperes.fr");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
