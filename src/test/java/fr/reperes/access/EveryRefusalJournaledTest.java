package fr.reperes.access;

import static fr.reperes.JournalEntries.entry;
import static fr.reperes.JournalEntries.writtenBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.reperes.IntegrationTest;
import fr.reperes.JournalEntries.Entry;
import fr.reperes.access.journal.AuditDay;
import fr.reperes.dossier.CarePlanService;
import fr.reperes.dossier.DocumentService;
import fr.reperes.dossier.DocumentServiceTest;
import fr.reperes.dossier.MeetingService;
import fr.reperes.dossier.anonymity.AnonymityRecheck;
import fr.reperes.dossier.documents.DocumentKind;
import fr.reperes.dossier.documents.NewDocument;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every public service method that acts for a viewer on one young person, called by every reader the policy keeps out
 * of Lina's file: it refuses, writes exactly one REFUSED entry with the policy's reason to Lina's journal (none for a
 * viewer without an account, whom she could not be told about), and changes nothing else in the database. The
 * methods are found by reflection over the service beans, so a new one is tested without being listed here.
 */
@IntegrationTest
class EveryRefusalJournaledTest {

    /** The readers kept out of Lina's file, with the reason the policy gives each. */
    private static final Map<String, AccessReason> REFUSED_READERS = new LinkedHashMap<>();

    static {
        REFUSED_READERS.put("nadia", AccessReason.AUTHORITY_WITHDRAWN);
        REFUSED_READERS.put("sofia", AccessReason.NOT_THEIR_FILE);
        REFUSED_READERS.put("thomas", AccessReason.NOT_THEIR_FILE);
        REFUSED_READERS.put("mehdi", AccessReason.NOT_THEIR_FILE);
        REFUSED_READERS.put("odpe", AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
        REFUSED_READERS.put("yanis", AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
        REFUSED_READERS.put("admin", AccessReason.ROLE_NEVER_SEES_INDIVIDUAL_FILES);
    }

    /** Tables a refused call must leave as they were: all of them but the journal itself. */
    private static final Set<String> MAY_CHANGE = Set.of("audit_entry");

    /**
     * The services that are not asked on anyone's behalf: the import interfaces, which write without the policy for the
     * demo département (ModularityTest keeps them from the web), and the journal itself, which its callers call after
     * the policy decided.
     */
    private static final Predicate<Class<?>> WITHOUT_A_POLICY =
            type -> type.getPackageName().endsWith(".imports") || type == AuditJournal.class;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditJournal journal;

    @Autowired
    Clock clock;

    /** A public method of a service bean that takes a viewer and, named so, the id of the young person it acts on. */
    private record Target(Object bean, Class<?> type, Method method) {

        String name() {
            return type.getSimpleName() + "." + method.getName()
                    + Arrays.stream(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .toList();
        }
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("fr.reperes") || WITHOUT_A_POLICY.test(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && actsOnAYoungPerson(method)) {
                    targets.add(new Target(bean, type, method));
                }
            }
        }
        targets.sort(Comparator.comparing(Target::name));
        return targets;
    }

    private static boolean actsOnAYoungPerson(Method method) {
        Parameter[] parameters = method.getParameters();
        boolean viewer = Arrays.stream(parameters).anyMatch(p -> p.getType() == Viewer.class);
        boolean youngPerson = Arrays.stream(parameters)
                .anyMatch(p -> (p.getType() == long.class || p.getType() == Long.class)
                        && p.getName().equals("youngPersonId"));
        return viewer && youngPerson;
    }

    /**
     * The methods are found by the names of their parameters (compiled with -parameters): if the names were lost the
     * test below would have nothing to call, so the ones known to refuse by themselves must be among them.
     */
    @Test
    void theServicesThatRefuseByThemselvesAreAmongTheMethodsCalled() {
        List<String> names = targets().stream()
                .map(t -> t.type().getSimpleName() + "." + t.method().getName())
                .toList();
        assertThat(names)
                .contains(
                        "CarePlanService.published",
                        "CarePlanService.pdf",
                        "MeasureService.measures",
                        "ContactService.contacts",
                        "AutonomyService.space",
                        "PathwayService.pathway",
                        "PathwayService.projectOfVersion",
                        "YoungAdultRequests.saveDraft",
                        "MeetingService.notesPdf",
                        "DocumentService.list",
                        "ReactionService.react",
                        "InvitationDesk.inviteParent");
        assertThat(names.size()).isGreaterThan(30);
    }

    /**
     * One path for every refusal about a young person: only DossierAccess makes the exception, after journaling it.
     * The others refuse what is about no young person (the journal page of one's own file, the département's figures,
     * a caseload page, a council), with nobody's journal to write to.
     */
    @Test
    void onlyDossierAccessMakesARefusalAboutAYoungPerson() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.reperes");
        List<String> makers = production.get(AccessRefusedException.class).getConstructorCallsToSelf().stream()
                .map(call -> call.getOriginOwner().getSimpleName())
                .distinct()
                .sorted()
                .toList();
        assertThat(makers)
                .containsExactlyInAnyOrder(
                        "DossierAccess",
                        "AuditTrail",
                        "AutonomyIndicators",
                        "ObservatoryFigures",
                        "ObservatoryReports",
                        "YoungPersonService",
                        "CouncilAccess",
                        "SurveyAccess",
                        "ContentAccess");
    }

    /**
     * A reader let into Lina's file who asks, through it, for what is not in it (a PPE version number it does not
     * have, Léo's meeting notes), or for another child's document by its id: refused, journaled once in the file the
     * attempt was about. An id that names nothing is refused the same way, with no one's journal to write to.
     */
    @Test
    void idsForgedByAReaderOfTheFileAreRefusedAndJournaledWhereTheyPointed() {
        Viewer karim = TestSignIn.viewer(context, "karim");
        Viewer claire = TestSignIn.viewer(context, "claire");
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        long leo = jdbc.sql("SELECT id FROM young_person WHERE first_name = 'Léo'")
                .query(Long.class)
                .single();
        long leosMeeting = jdbc.sql("SELECT MIN(id) FROM meeting WHERE young_person_id = :id")
                .param("id", leo)
                .query(Long.class)
                .single();
        DocumentService documents = context.getBean(DocumentService.class);
        long leosDocument = documents.add(
                claire,
                leo,
                new NewDocument(
                        DocumentKind.OTHER, "Bilan", LocalDate.now(clock), "bilan.pdf", DocumentServiceTest.pdf("B.")));
        documents.share(claire, leosDocument, true);

        Map<String, Runnable> forged = new LinkedHashMap<>();
        forged.put(
                "version 999 of Lina's PPE",
                () -> context.getBean(CarePlanService.class).pdf(karim, lina, 999, Locale.FRENCH));
        forged.put(
                "Léo's notes through Lina's file",
                () -> context.getBean(MeetingService.class).notesPdf(karim, lina, leosMeeting, Locale.FRENCH));
        Map<String, Map<Entry, Long>> expected = new LinkedHashMap<>();
        expected.put(
                "version 999 of Lina's PPE", Map.of(entry(lina, InformationKind.CARE_PLAN, AuditAction.REFUSED), 1L));
        expected.put(
                "Léo's notes through Lina's file",
                Map.of(entry(lina, InformationKind.MEETINGS_AND_NOTES, AuditAction.REFUSED), 1L));
        forged.put("Léo's document", () -> documents.content(karim, leosDocument));
        expected.put("Léo's document", Map.of(entry(leo, InformationKind.DOCUMENTS, AuditAction.REFUSED), 1L));
        forged.put("a document that does not exist", () -> documents.content(karim, Long.MAX_VALUE));
        expected.put("a document that does not exist", Map.of());

        forged.forEach((what, call) -> writtenBy(
                        context,
                        karim,
                        () -> assertThatThrownBy(call::run)
                                .as(what)
                                .isInstanceOfSatisfying(
                                        AccessRefusedException.class,
                                        refused -> assertThat(refused.reason()).isEqualTo(AccessReason.NOT_THEIR_FILE)))
                .are(expected.get(what)));
    }

    @TestFactory
    Stream<DynamicTest> everyRefusedReaderIsRefusedJournaledOnceAndChangesNothing() {
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();
        Map<String, Viewer> readers = new LinkedHashMap<>();
        REFUSED_READERS.keySet().forEach(subject -> readers.put(subject, TestSignIn.viewer(context, subject)));
        readers.put("sans compte", Viewer.withoutAccount("inconnu", "Inconnu"));
        return targets().stream()
                .flatMap(target -> readers.entrySet().stream()
                        .map(reader -> DynamicTest.dynamicTest(
                                target.name() + " as " + reader.getKey(),
                                () -> assertRefused(target, reader.getValue(), lina))));
    }

    private void assertRefused(Target target, Viewer reader, long lina) {
        // The database queues young people whose placement changed for the scheduled anonymity recheck; an earlier
        // test may have left some, and the scheduler would empty the queue at any moment: empty it first, here.
        context.getBean(AnonymityRecheck.class).runDue();
        long lastEntry = lastEntry();
        Map<String, Long> before = checksums();
        Object[] arguments = arguments(target.method(), reader, lina);

        AccessRefusedException refused = call(target, arguments);

        AccessReason expected = reader.hasAccount() ? REFUSED_READERS.get(reader.subject()) : AccessReason.NO_ACCOUNT;
        assertThat(refused.reason()).as("reason").isEqualTo(expected);
        List<Map<String, Object>> written =
                jdbc.sql("""
                        SELECT actor_account_id, young_person_id, information_kind, action, access_reason FROM audit_entry
                        WHERE id > :last""").param("last", lastEntry).query().listOfRows();
        if (reader.hasAccount()) {
            assertThat(written).as("journal entries written").hasSize(1);
            Map<String, Object> entry = written.getFirst();
            assertThat(((Number) entry.get("actor_account_id")).longValue()).isEqualTo(reader.accountId());
            assertThat(((Number) entry.get("young_person_id")).longValue()).isEqualTo(lina);
            assertThat(entry.get("action")).isEqualTo(AuditAction.REFUSED.name());
            assertThat(entry.get("access_reason")).isEqualTo(expected.name());
            // Lina's "Qui a consulté mon dossier" shows the attempt, under the person's name, that day.
            AuditDay.Refusal shown =
                    new AuditDay.Refusal(InformationKind.valueOf((String) entry.get("information_kind")), expected);
            assertThat(journal.daysOf(lina, PageRequest.of(0, 100))).anySatisfy(day -> {
                assertThat(day.actorName()).isEqualTo(reader.displayName());
                assertThat(day.refusals()).contains(shown);
            });
        } else {
            assertThat(written).as("journal entries written for nobody").isEmpty();
        }
        assertThat(checksums()).as("tables after the refused call").isEqualTo(before);
    }

    private static AccessRefusedException call(Target target, Object[] arguments) {
        try {
            Object returned = target.method().invoke(target.bean(), arguments);
            throw new AssertionError(target.name() + " returned " + returned + " to a refused reader");
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof AccessRefusedException refusal) {
                return refusal;
            }
            throw new AssertionError(target.name() + " threw something else than a refusal", thrown.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private long lastEntry() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .query(Long.class)
                .single();
    }

    /** The checksum of every table of the schema but the journal: any row written, changed or deleted shows. */
    private Map<String, Long> checksums() {
        List<String> tables = jdbc
                .sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
                .query(String.class)
                .list()
                .stream()
                .filter(table -> !MAY_CHANGE.contains(table.toLowerCase(Locale.ROOT)))
                .toList();
        Map<String, Long> checksums = new LinkedHashMap<>();
        jdbc.sql("CHECKSUM TABLE " + String.join(", ", tables)).query(rs -> {
            checksums.put(rs.getString(1), rs.getLong(2));
        });
        return checksums;
    }

    /** The viewer, Lina's id, and a plausible value of every other parameter (refusal comes before any of them). */
    private static Object[] arguments(Method method, Viewer viewer, long lina) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (parameter.getType() == Viewer.class) {
                arguments[i] = viewer;
            } else if (parameter.getName().equals("youngPersonId")) {
                arguments[i] = lina;
            } else {
                arguments[i] = sample(parameter.getType());
            }
        }
        return arguments;
    }

    private static @Nullable Object sample(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "Un texte";
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusMonths(1);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now().plusMonths(1);
        }
        if (type == Locale.class) {
            return Locale.FRENCH;
        }
        if (type == byte[].class) {
            return "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                Object[] values = Arrays.stream(types)
                        .map(EveryRefusalJournaledTest::sample)
                        .toArray();
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("No sample of " + type, e);
            }
        }
        throw new AssertionError("No sample value for a parameter of type " + type);
    }
}
