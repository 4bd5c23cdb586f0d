package fr.reperes.demo;

import fr.reperes.dossier.MeasureKind;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.AudienceDimension;
import fr.reperes.participation.SurveyBand;
import fr.reperes.participation.SurveyDefinition;
import fr.reperes.participation.SurveyDefinition.Question;
import fr.reperes.participation.SurveyStatus;
import fr.reperes.participation.SurveyTemplate;
import fr.reperes.participation.SurveyTemplates;
import fr.reperes.participation.imports.SurveyAnswerImport;
import fr.reperes.participation.imports.SurveyAnswerImport.Answer;
import fr.reperes.participation.imports.SurveyAnswerImport.Asked;
import fr.reperes.participation.imports.SurveyAnswerImport.Sheet;
import fr.reperes.participation.imports.SurveyImport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The département's two surveys, made from the shipped templates by yanis: the questionnaire for young people leaving
 * care, open to 16-21-year-olds (Amina has answered it, Lina has not), and the satisfaction survey on the lieu
 * d'accueil, closed a month ago with its results given back and the département's response. Hundreds of generated
 * anonymous answers from the generated population (those the audience rule asks), drawn with a seeded random so that
 * charts have shapes and some territory × answer cells hold fewer than five answers (suppressed).
 */
@Component
class DemoSurveys {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

    /** Generated people the tests' fixtures take first (lowest and highest ids) are left unanswered. */
    private static final int LEFT_AT_EACH_END = 20;

    private final SurveyTemplates templates;
    private final SurveyImport surveys;
    private final SurveyAnswerImport answers;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final JdbcClient jdbc;

    DemoSurveys(
            SurveyTemplates templates,
            SurveyImport surveys,
            SurveyAnswerImport answers,
            AccountDirectory accounts,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.surveys = surveys;
        this.answers = answers;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Viewer yanis = accounts.viewerFor("yanis", "yanis");
        long dep = Objects.requireNonNull(yanis.departementId(), "yanis belongs to the demo département");
        long author = Objects.requireNonNull(yanis.accountId());
        Set<String> personas = new HashSet<>();
        for (String subject : List.of("lina", "mehdi", "amina", "karim", "nadia", "sofia")) {
            Viewer persona = accounts.viewerFor(subject, subject);
            if (persona.youngPersonId() != null) {
                personas.add("Y:" + persona.youngPersonId());
            }
            if (persona.parentId() != null) {
                personas.add("P:" + persona.parentId());
            }
        }
        // Their children too: Léo, who has no account, stays as his story tells him.
        List<Long> personaParents = personas.stream()
                .filter(key -> key.startsWith("P:"))
                .map(key -> Long.valueOf(key.substring(2)))
                .toList();
        jdbc.sql("SELECT young_person_id FROM dossier_parent_link_view WHERE parent_id IN (:parents)")
                .param("parents", personaParents)
                .query(Long.class)
                .list()
                .forEach(child -> personas.add("Y:" + child));
        Random random = new Random(1212);
        int leaving = leavingCare(dep, author, today, personas, random);
        int satisfaction = satisfaction(dep, author, today, personas, random);
        log.info(
                "Demo surveys loaded: {} and {} answers in {} ms",
                leaving,
                satisfaction,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Open since two weeks, for six more: Amina's answers, then about 40 % of the others asked. */
    private int leavingCare(long dep, long author, LocalDate today, Set<String> personas, Random random) {
        SurveyDefinition template = templates.definition(SurveyTemplate.LEAVING_CARE);
        SurveyDefinition definition = new SurveyDefinition(
                "Questionnaire de sortie 16-21 ans",
                true,
                true,
                today.minusWeeks(2),
                today.plusWeeks(6),
                Map.of(),
                template.indicators(),
                template.variants());
        SurveyImport.Loaded loaded = surveys.load(
                dep, author, definition, SurveyStatus.PUBLISHED, SurveyTemplate.LEAVING_CARE.name(), at(today, 0));
        answers.dated(loaded.surveyId(), at(today.minusWeeks(3), 0), at(today.minusWeeks(2), 0));
        SurveyDefinition.Variant variant = definition.variants().getFirst();
        long variantId = variantId(loaded, variant.band());
        Map<String, Long> ids = questionIds(variant, variantId);

        Viewer amina = accounts.viewerFor("amina", "amina");
        @Nullable Asked aminaAsked = null;
        List<Asked> others = new ArrayList<>();
        List<Asked> asked = answers.asked(loaded.surveyId(), today, 1);
        for (int i = 0; i < asked.size(); i++) {
            Asked person = asked.get(i);
            if (person.personKey().equals("Y:" + amina.youngPersonId())) {
                aminaAsked = person;
            } else if (!personas.contains(person.personKey())
                    && i >= LEFT_AT_EACH_END
                    && i < asked.size() - LEFT_AT_EACH_END) {
                others.add(person);
            }
        }
        Objects.requireNonNull(aminaAsked, "the leaving-care survey asks Amina (19)");
        // Amina's sheet goes in with the others, in one batch ordered by random ids, so that nothing (a transaction of
        // its own, an order) sets it apart from theirs.
        List<Sheet> sheets = new ArrayList<>();
        List<String> who = new ArrayList<>();
        sheets.add(new Sheet(variantId, aminaAsked.territoryId(), aminas(ids)));
        who.add(aminaAsked.personKey());
        for (Asked person : others) {
            if (random.nextInt(100) < 40) {
                Respondent respondent = new Respondent(random, person, 0, false);
                sheets.add(new Sheet(variantId, person.territoryId(), respondent.answer(variant, ids, LEAVING_TEXTS)));
                who.add(person.personKey());
            }
        }
        answers.anonymousSheets(loaded.surveyId(), sheets, who);
        return sheets.size();
    }

    /** Closed a month ago after six weeks, results given back ten days after the close. */
    private int satisfaction(long dep, long author, LocalDate today, Set<String> personas, Random random) {
        SurveyDefinition template = templates.definition(SurveyTemplate.PLACEMENT_SATISFACTION);
        LocalDate closed = today.minusMonths(1);
        LocalDate opened = closed.minusWeeks(6);
        SurveyDefinition definition = new SurveyDefinition(
                "Satisfaction sur le lieu d'accueil",
                true,
                false,
                opened,
                closed,
                Map.of(
                        AudienceDimension.MEASURE_KIND,
                        Set.of(
                                MeasureKind.PLACEMENT_JUDICIAIRE.name(),
                                MeasureKind.OPP.name(),
                                MeasureKind.ACCUEIL_PROVISOIRE.name(),
                                MeasureKind.TDC.name(),
                                MeasureKind.ACCOMPAGNEMENT_JEUNE_MAJEUR.name())),
                template.indicators(),
                template.variants());
        SurveyImport.Loaded loaded = surveys.load(
                dep,
                author,
                definition,
                SurveyStatus.CLOSED,
                SurveyTemplate.PLACEMENT_SATISFACTION.name(),
                at(opened, 0));
        answers.dated(loaded.surveyId(), at(opened.minusWeeks(1), 0), at(opened, 0));

        Map<SurveyBand, SurveyDefinition.Variant> variants = new HashMap<>();
        Map<SurveyBand, Map<String, Long>> questionIds = new HashMap<>();
        for (SurveyDefinition.Variant variant : definition.variants()) {
            variants.put(variant.band(), variant);
            questionIds.put(variant.band(), questionIds(variant, variantId(loaded, variant.band())));
        }
        // One parent in four is looked at (the parents' rule is the slow part of the demo's load).
        List<Asked> asked = answers.asked(loaded.surveyId(), today, 4);
        List<Sheet> sheets = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (Asked person : asked) {
            if (personas.contains(person.personKey())) {
                continue;
            }
            int rate = switch (person.band()) {
                case CHILD_8_11 -> 45;
                case TEEN_12_15 -> 40;
                case YOUNG_16_21 -> 45;
                case PARENTS -> 40;
            };
            if (random.nextInt(100) >= rate) {
                continue;
            }
            SurveyDefinition.Variant variant = Objects.requireNonNull(variants.get(person.band()));
            Respondent respondent = new Respondent(random, person, bandShift(person.band()), true);
            sheets.add(new Sheet(
                    variantId(loaded, person.band()),
                    person.territoryId(),
                    respondent.answer(
                            variant, Objects.requireNonNull(questionIds.get(person.band())), SATISFACTION_TEXTS)));
            who.add(person.personKey());
        }
        answers.anonymousSheets(loaded.surveyId(), sheets, who);
        answers.resultsPublished(loaded.surveyId(), at(closed.plusDays(10), 10), """
                Merci : %d enfants, jeunes et parents ont répondu. La plupart se sentent en sécurité là où ils sont \
                accueillis. Mais beaucoup nous ont dit qu'ils ne voient pas assez leur famille et que les parents \
                ne savent pas toujours ce qui est prévu pour leur enfant.

                Ce que le département va faire :
                - Chaque enfant et ses parents recevront, dans les trois mois, une explication écrite de ce qui est \
                prévu pour l'enfant, en mots simples.
                - Les visites et les appels avec la famille seront revus avec chaque lieu d'accueil quand vous avez \
                dit « pas assez », sauf si le juge a décidé autrement.
                - Nous poserons les mêmes questions l'an prochain pour voir si les choses ont changé, et nous vous \
                donnerons les résultats.""".formatted(sheets.size()));
        return sheets.size();
    }

    /** Younger children answer more brightly, teenagers less, as in the Bright Spots surveys. */
    private static double bandShift(SurveyBand band) {
        return switch (band) {
            case CHILD_8_11 -> 0.08;
            case TEEN_12_15 -> -0.06;
            case YOUNG_16_21 -> 0.0;
            case PARENTS -> -0.1;
        };
    }

    /** Amina is 19, has a contrat jeune majeur, studies, lives in a young workers' home. */
    private static List<Answer> aminas(Map<String, Long> ids) {
        List<Answer> sheet = new ArrayList<>();
        sheet.add(Answer.option(id(ids, "housing_now"), 0, "YOUNG_WORKERS_HOME"));
        sheet.add(Answer.option(id(ids, "housing_six_months"), 0, "YES"));
        sheet.add(Answer.option(id(ids, "housing_feel"), 0, "4"));
        sheet.add(Answer.option(id(ids, "money_from"), 1, "CJM_ALLOWANCE"));
        sheet.add(Answer.option(id(ids, "money_from"), 4, "GRANT"));
        sheet.add(Answer.option(id(ids, "rights_done"), 1, "BANK_ACCOUNT"));
        sheet.add(Answer.option(id(ids, "rights_done"), 2, "HEALTH_CARD"));
        sheet.add(Answer.option(id(ids, "rights_done"), 3, "CAF_FILE"));
        sheet.add(Answer.option(id(ids, "money_enough"), 0, "3"));
        sheet.add(Answer.option(id(ids, "activity"), 0, "HIGHER_EDUCATION"));
        sheet.add(Answer.option(id(ids, "activity_chosen"), 0, "YES"));
        sheet.add(Answer.option(id(ids, "trusted_adult"), 0, "YES"));
        sheet.add(Answer.option(id(ids, "trusted_who"), 1, "REFERENT"));
        sheet.add(Answer.option(id(ids, "trusted_who"), 3, "FOSTER_CARER"));
        sheet.add(Answer.option(id(ids, "not_alone"), 0, "3"));
        sheet.add(Answer.option(id(ids, "prepared"), 0, "4"));
        sheet.add(Answer.option(id(ids, "interview_17"), 0, "YES"));
        sheet.add(Answer.option(id(ids, "young_adult_contract"), 0, "HAVE_ONE"));
        sheet.add(Answer.option(id(ids, "priorities"), 1, "STUDIES_WORK"));
        sheet.add(Answer.option(id(ids, "priorities"), 2, "HOUSING"));
        sheet.add(Answer.option(id(ids, "priorities"), 3, "MONEY"));
        sheet.add(Answer.option(id(ids, "priorities"), 4, "PEOPLE"));
        sheet.add(Answer.option(id(ids, "priorities"), 5, "HEALTH"));
        sheet.add(Answer.option(id(ids, "satisfaction"), 0, "4"));
        sheet.add(Answer.text(
                id(ids, "what_would_help"),
                "Savoir plus tôt que le contrat jeune majeur s'arrête à 21 ans, et avoir de l'aide pour trouver un "
                        + "logement pour après mes études.",
                "PENDING"));
        return sheet;
    }

    private static long id(Map<String, Long> ids, String key) {
        return Objects.requireNonNull(ids.get(key), key);
    }

    private static long variantId(SurveyImport.Loaded loaded, SurveyBand band) {
        return Objects.requireNonNull(loaded.variantIds().get(band.name()), band.name());
    }

    /** Question keys to ids: the import numbers a variant's questions by page in the order written. */
    private Map<String, Long> questionIds(SurveyDefinition.Variant variant, long variantId) {
        List<Question> written = new ArrayList<>(variant.questions());
        written.sort(Comparator.comparingInt(Question::page));
        List<Long> ids = answers.questionIds(variantId);
        Map<String, Long> byKey = new HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            byKey.put(written.get(i).key(), ids.get(i));
        }
        return byKey;
    }

    private Instant at(LocalDate day, int hour) {
        ZoneId zone = clock.getZone();
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    /** What generated respondents write, by question key; few write anything. */
    private static final Map<String, List<String>> LEAVING_TEXTS = Map.of(
            "housing_worry",
            List.of(
                    "Une place en foyer de jeunes travailleurs, je suis sur liste d'attente.",
                    "Je n'ai personne pour se porter garant.",
                    "Je ne sais pas si mon contrat jeune majeur sera renouvelé."),
            "activity_help",
            List.of(
                    "Quelqu'un pour m'aider à faire mon CV.",
                    "Le permis de conduire, sans voiture je ne peux pas aller au travail.",
                    "Une formation payée."),
            "interview_17_why_not",
            List.of("Personne ne m'en a parlé.", "Je ne sais pas.", "J'ai changé de référent à ce moment-là."),
            "what_would_help",
            List.of(
                    "Qu'on me parle de la sortie avant mes 17 ans, pas au dernier moment.",
                    "Un appartement à moi avec quelqu'un qui passe de temps en temps.",
                    "Garder le même éducateur jusqu'au bout.",
                    "De l'aide pour les papiers, la CAF et les impôts, je n'y comprends rien.",
                    "Pouvoir revenir voir ma famille d'accueil après 18 ans.",
                    "Une personne à appeler quand ça ne va pas, même le soir.",
                    "Parfois j'ai peur de rentrer le soir au foyer à cause d'un autre jeune qui me menace.",
                    "Que le contrat jeune majeur ne s'arrête pas d'un coup."));

    private static final Map<String, List<String>> SATISFACTION_TEXTS = Map.of(
            "say",
            List.of("J'aime bien ma chambre.", "Je voudrais voir ma maman plus souvent.", "Le chien est gentil."),
            "informed_who",
            List.of("Quand je vais rentrer chez moi.", "Pourquoi je ne vois pas mon frère."),
            "informed_what",
            List.of(
                    "Ce qui se passe après mes 18 ans.",
                    "Quand aura lieu la prochaine audience.",
                    "Le projet pour moi."),
            "change",
            List.of(
                    "Avoir le wifi le soir.",
                    "Pouvoir sortir le week-end avec mes amis.",
                    "Qu'on frappe avant d'entrer dans ma chambre.",
                    "Moins changer d'éducateurs.",
                    "Voir mes frères et sœurs plus souvent."),
            "improve",
            List.of(
                    "Être prévenu quand mon enfant est malade.",
                    "Avoir un seul interlocuteur qui répond au téléphone.",
                    "Des visites plus longues, et pas seulement en semaine.",
                    "Recevoir les bulletins scolaires.",
                    "Qu'on m'explique les décisions avec des mots simples."));

    /**
     * One generated respondent: a mood drawn once (with their band's and territory's leaning) so that their answers
     * hang together, and the template's conditions respected (a hidden question is never answered).
     */
    private static final class Respondent {

        private final Random random;
        private final double mood;
        private final boolean reviewed;

        Respondent(Random random, Asked person, double shift, boolean reviewed) {
            this.random = random;
            this.reviewed = reviewed;
            double territory = person.territoryId() == null ? 0 : ((person.territoryId() % 4) - 1.5) * 0.04;
            this.mood = Math.clamp(0.62 + shift + territory + random.nextGaussian() * 0.2, 0.0, 1.0);
        }

        List<Answer> answer(SurveyDefinition.Variant variant, Map<String, Long> ids, Map<String, List<String>> texts) {
            List<Answer> sheet = new ArrayList<>();
            Map<String, Set<String>> chosen = new HashMap<>();
            for (Question question : variant.questions()) {
                if (question.shownIfKey() != null
                        && !chosen.getOrDefault(question.shownIfKey(), Set.of()).contains(question.shownIfOption())) {
                    continue;
                }
                if (!question.required() && !question.kind().text() && random.nextInt(100) < 6) {
                    continue;
                }
                long id = Objects.requireNonNull(ids.get(question.key()), question.key());
                Set<String> codes = new HashSet<>();
                switch (question.kind()) {
                    case SCALE -> codes.add(single(sheet, id, scale()));
                    case YES_NO -> codes.add(single(sheet, id, yes(question.key()) ? "YES" : "NO"));
                    case SINGLE_CHOICE -> codes.add(single(sheet, id, choice(question)));
                    case MULTIPLE_CHOICE -> codes.addAll(several(sheet, id, question));
                    case RANKING -> rank(sheet, id, question);
                    case SHORT_TEXT, LONG_TEXT -> write(sheet, id, question, texts);
                }
                chosen.put(question.key(), codes);
            }
            return sheet;
        }

        private String scale() {
            long value = Math.round(1 + 4 * mood + random.nextGaussian() * 0.9);
            return Long.toString(Math.clamp(value, 1, 5));
        }

        private boolean yes(String key) {
            double base = switch (key) {
                case "housing_six_months" -> 0.55;
                case "interview_17" -> 0.5;
                case "trusted_adult" -> 0.7;
                case "informed" -> 0.62;
                default -> 0.65;
            };
            return random.nextDouble() < base + (mood - 0.6) * 0.6;
        }

        /** Earlier options a little likelier, the last ones (the hardest situations) rarer, mood tilting. */
        private String choice(Question question) {
            List<SurveyDefinition.Option> options = question.options();
            double[] weights = new double[options.size()];
            for (int i = 0; i < weights.length; i++) {
                double rank = (double) i / Math.max(1, weights.length - 1);
                weights[i] = Math.max(0.05, 1.2 - rank * (0.4 + mood));
            }
            if (question.key().equals("activity")) {
                weights[5] += 0.6 * (1 - mood); // looking for a training or a job: shown the follow-up question
            }
            double total = 0;
            for (double weight : weights) {
                total += weight;
            }
            double roll = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return options.get(i).code();
                }
            }
            return options.getLast().code();
        }

        private Set<String> several(List<Answer> sheet, long id, Question question) {
            int most = question.maxChoices() == null
                    ? question.options().size()
                    : Objects.requireNonNull(question.maxChoices());
            Set<String> codes = new HashSet<>();
            List<SurveyDefinition.Option> options = question.options();
            for (int i = 0; i < options.size() && codes.size() < most; i++) {
                double likelihood = 0.55 - 0.06 * i + (mood - 0.6) * 0.3;
                if (random.nextDouble() < likelihood) {
                    codes.add(options.get(i).code());
                    sheet.add(Answer.option(id, i + 1, options.get(i).code()));
                }
            }
            if (codes.isEmpty() && question.required()) {
                codes.add(options.getFirst().code());
                sheet.add(Answer.option(id, 1, options.getFirst().code()));
            }
            return codes;
        }

        private void rank(List<Answer> sheet, long id, Question question) {
            List<SurveyDefinition.Option> options = new ArrayList<>(question.options());
            Map<String, Double> keys = new HashMap<>();
            for (int i = 0; i < options.size(); i++) {
                double weight = options.size() - i + 1.0;
                keys.put(options.get(i).code(), Math.pow(random.nextDouble(), 1 / weight));
            }
            options.sort(Comparator.comparing((SurveyDefinition.Option o) -> keys.get(o.code()))
                    .reversed());
            for (int rank = 1; rank <= options.size(); rank++) {
                sheet.add(Answer.option(id, rank, options.get(rank - 1).code()));
            }
        }

        private void write(List<Answer> sheet, long id, Question question, Map<String, List<String>> texts) {
            List<String> phrases = texts.get(question.key());
            int likelihood = question.shownIfKey() == null ? 8 : 12;
            if (phrases == null || random.nextInt(100) >= likelihood) {
                return;
            }
            String text = phrases.get(random.nextInt(phrases.size()));
            sheet.add(Answer.text(id, text, review()));
        }

        /** The leaving-care texts wait for their author's reading; the closed survey's were read. */
        private String review() {
            if (!reviewed) {
                return "PENDING";
            }
            return random.nextInt(100) < 85 ? "PUBLISHABLE" : "HIDDEN";
        }

        private static String single(List<Answer> sheet, long id, String code) {
            sheet.add(Answer.option(id, 0, code));
            return code;
        }
    }
}
