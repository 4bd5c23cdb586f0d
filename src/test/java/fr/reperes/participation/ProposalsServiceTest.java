package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.Deliveries;
import fr.reperes.IntegrationTest;
import fr.reperes.JournalEntries;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditAction;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.moderation.DangerMailDue;
import fr.reperes.participation.proposals.NamingRule;
import fr.reperes.platform.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals and their debate against the real database, each test in a département of its own (DebateFixtures):
 * drafts, publication, comments one level deep, supports once under concurrency, reports, hiding with a reason only
 * the author reads, redaction that leaves no copy, the rule that no text names another young person, and a danger
 * routed to the référent or the duty address, journaled, with the author told who will contact them.
 */
@IntegrationTest
class ProposalsServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Proposals proposals;

    @Autowired
    CouncilModeration moderation;

    @Autowired
    JdbcClient jdbc;

    private DebateFixtures f;

    @BeforeEach
    void aDepartementOfItsOwn() {
        f = new DebateFixtures(context);
    }

    private long published(DebateFixtures.Member author, String title) {
        long id = proposals.saveDraft(
                author.viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft(title, "Un texte assez clair pour le conseil.", ProposalTheme.DAILY_LIFE));
        proposals.publish(author.viewer(), f.youthCouncil, id);
        return id;
    }

    @Test
    void aDraftIsSeenByItsAuthorAloneUntilPublished() {
        Viewer samir = f.samir().viewer();
        long draft = proposals.saveDraft(
                samir,
                f.youthCouncil,
                null,
                new ProposalDraft("Des casiers", "Pour ranger nos affaires.", ProposalTheme.DAILY_LIFE));
        proposals.saveDraft(
                samir,
                f.youthCouncil,
                draft,
                new ProposalDraft("Des casiers fermés", "Pour ranger nos affaires.", ProposalTheme.HOUSING));

        assertThat(proposals.myDrafts(samir, f.youthCouncil))
                .extracting(DraftLine::title)
                .containsExactly("Des casiers fermés");
        assertThat(proposals.proposal(samir, f.youthCouncil, draft).mine()).isTrue();
        assertThat(proposals.list(samir, f.youthCouncil, ProposalFilter.ALL, 0, 50))
                .isEmpty();
        for (Viewer other : List.of(f.lea().viewer(), f.animateur)) {
            assertThatThrownBy(() -> proposals.proposal(other, f.youthCouncil, draft))
                    .isInstanceOf(AccessRefusedException.class);
            assertThat(proposals.list(other, f.youthCouncil, ProposalFilter.ALL, 0, 50))
                    .isEmpty();
        }
        assertThat(proposals.myDrafts(f.lea().viewer(), f.youthCouncil)).isEmpty();
        // Another member may neither edit nor publish it.
        assertThatThrownBy(() -> proposals.publish(f.lea().viewer(), f.youthCouncil, draft))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> proposals.saveDraft(
                        f.lea().viewer(),
                        f.youthCouncil,
                        draft,
                        new ProposalDraft("Pris", "Pris.", ProposalTheme.OTHER)))
                .isInstanceOf(AccessRefusedException.class);

        proposals.publish(samir, f.youthCouncil, draft);

        assertThat(proposals.myDrafts(samir, f.youthCouncil)).isEmpty();
        List<ProposalRow> seenByLea = proposals.list(f.lea().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 50);
        assertThat(seenByLea).extracting(ProposalRow::title).containsExactly("Des casiers fermés");
        assertThat(seenByLea.getFirst().status()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(seenByLea.getFirst().read()).isFalse();
        assertThat(proposals.toRead(f.lea().viewer(), f.youthCouncil).count()).isEqualTo(1);
        proposals.proposal(f.lea().viewer(), f.youthCouncil, draft);
        assertThat(proposals.toRead(f.lea().viewer(), f.youthCouncil).count()).isZero();
        assertThat(proposals.list(
                        f.lea().viewer(), f.youthCouncil, new ProposalFilter(ProposalTheme.HOUSING, null), 0, 50))
                .hasSize(1);
        assertThat(proposals.list(
                        f.lea().viewer(), f.youthCouncil, new ProposalFilter(ProposalTheme.HEALTH, null), 0, 50))
                .isEmpty();
        // A published proposal is no longer a draft to edit.
        assertThatThrownBy(() -> proposals.saveDraft(
                        samir, f.youthCouncil, draft, new ProposalDraft("Autre", "Autre.", ProposalTheme.OTHER)))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void nobodyOutsideTheCouncilReadsOrWritesInIt() {
        long id = published(f.samir(), "Des horaires de sortie");
        for (Viewer outsider : List.of(f.outsider, f.referent, f.parent.viewer())) {
            assertThatThrownBy(() -> proposals.list(outsider, f.youthCouncil, ProposalFilter.ALL, 0, 10))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> proposals.proposal(outsider, f.youthCouncil, id))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> proposals.comment(outsider, f.youthCouncil, id, null, "Bonjour"))
                    .isInstanceOf(AccessRefusedException.class);
        }
        // The animateur reads and moderates, but neither writes nor supports.
        assertThat(proposals.proposal(f.animateur, f.youthCouncil, id).moderator())
                .isTrue();
        assertThatThrownBy(() -> proposals.comment(f.animateur, f.youthCouncil, id, null, "Bonjour"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> proposals.support(f.animateur, f.youthCouncil, id, true))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void answersGoOneLevelDeepAndAnAnswerToAnAnswerJoinsItsThread() {
        long id = published(f.samir(), "Un local pour le conseil");
        long first = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Bonne idée.");
        long answer = proposals.comment(f.samir().viewer(), f.youthCouncil, id, first, "Merci !");
        proposals.comment(f.ines().viewer(), f.youthCouncil, id, answer, "Je suis d'accord avec vous deux.");
        proposals.comment(f.noe().viewer(), f.youthCouncil, id, null, "Et pour les horaires ?");

        ProposalPage page = proposals.proposal(f.lea().viewer(), f.youthCouncil, id);

        assertThat(page.comments()).hasSize(2);
        CommentLine thread = page.comments().getFirst();
        assertThat(thread.id()).isEqualTo(first);
        assertThat(thread.answers())
                .extracting(CommentLine::text)
                .containsExactly("Merci !", "Je suis d'accord avec vous deux.");
        assertThat(thread.answers()).allSatisfy(a -> assertThat(a.answers()).isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_comment WHERE proposal_id = :id AND reply_to_id IN "
                                + "(SELECT id FROM proposal_comment WHERE reply_to_id IS NOT NULL)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(proposals
                        .list(f.lea().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10)
                        .getFirst()
                        .comments())
                .isEqualTo(4);
        // A comment on another proposal cannot be answered here.
        long other = published(f.lea(), "Autre sujet");
        assertThatThrownBy(() -> proposals.comment(f.noe().viewer(), f.youthCouncil, other, first, "Hors sujet"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> proposals.comment(f.noe().viewer(), f.youthCouncil, id, null, "   "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSupportCountsOnceWhateverTheNumberOfSimultaneousClicksAndCanBeTakenBack() throws Exception {
        long id = published(f.samir(), "Des repas plus variés");
        int threads = 16;
        List<DebateFixtures.Member> supporters = List.of(f.lea(), f.ines(), f.noe());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> clicks = new ArrayList<>();
        try {
            for (int i = 0; i < threads * 3; i++) {
                DebateFixtures.Member member = supporters.get(i % supporters.size());
                clicks.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    proposals.support(member.viewer(), f.youthCouncil, id, true);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> click : clicks) {
                click.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(proposals.proposal(f.samir().viewer(), f.youthCouncil, id).supports())
                .isEqualTo(3);
        assertThat(proposals.proposal(f.lea().viewer(), f.youthCouncil, id).supportedByMe())
                .isTrue();

        proposals.support(f.lea().viewer(), f.youthCouncil, id, false);
        proposals.support(f.lea().viewer(), f.youthCouncil, id, false);

        assertThat(proposals.proposal(f.lea().viewer(), f.youthCouncil, id).supportedByMe())
                .isFalse();
        assertThat(proposals
                        .list(f.lea().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10)
                        .getFirst()
                        .supports())
                .isEqualTo(2);
        assertThatThrownBy(() -> proposals.support(f.samir().viewer(), f.youthCouncil, id, true))
                .isInstanceOf(InvalidInputException.class);
    }

    /**
     * Authorship belongs to the person, not to the mandate: after a renewal (a new mandate of the same young person)
     * the member still has their drafts, still reads why their text was hidden and who will contact them, may not
     * support their own proposal, and their support counts once.
     */
    @Test
    void aRenewedMemberKeepsTheirTextsAndSupportsOnce() {
        DebateFixtures.Member lea = f.lea();
        long draft = proposals.saveDraft(
                lea.viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft("Un brouillon", "Pas encore fini.", ProposalTheme.OTHER));
        long own = published(lea, "Des cours de cuisine");
        long hidden = published(lea, "Un sujet caché");
        moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, hidden, "Hors sujet.");
        long samirs = published(f.samir(), "Un local pour le conseil");
        long routedComment = proposals.comment(lea.viewer(), f.youthCouncil, samirs, null, "J'ai peur chez moi.");
        moderation.routeDanger(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, routedComment);
        proposals.support(lea.viewer(), f.youthCouncil, samirs, true);

        // The mandate ended yesterday and was renewed from today: a new mandate row for the same young person.
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        jdbc.sql("UPDATE council_mandate SET ends_on = :yesterday WHERE id = :id")
                .param("yesterday", today.minusDays(1))
                .param("id", lea.mandateId())
                .update();
        long renewed = context.getBean(CouncilImport.class)
                .mandate(new CouncilImport.NewMandate(
                        f.youthCouncil,
                        lea.viewer().youngPersonId(),
                        null,
                        lea.firstName(),
                        MemberSex.UNSAID,
                        today,
                        today.plusYears(2),
                        lea.mandateId(),
                        null));
        assertThat(proposals.mandateOf(lea.viewer(), f.youthCouncil)).contains(renewed);

        assertThat(proposals.myDrafts(lea.viewer(), f.youthCouncil))
                .extracting(DraftLine::id)
                .containsExactly(draft);
        proposals.publish(lea.viewer(), f.youthCouncil, draft);
        ProposalPage hiddenPage = proposals.proposal(lea.viewer(), f.youthCouncil, hidden);
        assertThat(hiddenPage.mine()).isTrue();
        assertThat(hiddenPage.hiddenReason()).isEqualTo("Hors sujet.");
        CommentLine routed = proposals
                .proposal(lea.viewer(), f.youthCouncil, samirs)
                .comments()
                .getFirst();
        assertThat(routed.routed()).isTrue();
        assertThat(routed.toldWho()).isEqualTo(f.referentName);
        assertThat(proposals.list(lea.viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 50))
                .filteredOn(ProposalRow::mine)
                .extracting(ProposalRow::id)
                .contains(own, hidden, draft);
        assertThat(proposals.toRead(lea.viewer(), f.youthCouncil).first())
                .extracting(ProposalRow::id)
                .doesNotContain(own, hidden, draft);
        assertThatThrownBy(() -> proposals.support(lea.viewer(), f.youthCouncil, own, true))
                .isInstanceOf(InvalidInputException.class);
        ProposalPage supported = proposals.proposal(lea.viewer(), f.youthCouncil, samirs);
        assertThat(supported.supportedByMe()).isTrue();
        proposals.support(lea.viewer(), f.youthCouncil, samirs, true);
        assertThat(proposals.proposal(lea.viewer(), f.youthCouncil, samirs).supports())
                .isEqualTo(1);
        proposals.support(lea.viewer(), f.youthCouncil, samirs, false);
        assertThat(proposals.proposal(lea.viewer(), f.youthCouncil, samirs).supports())
                .isZero();
    }

    /** A hidden text takes its debate with it and names nobody to those who may not read it. */
    @Test
    void aHiddenTextHidesItsCommentsAndAnswersAndNamesNobody() {
        long id = published(f.samir(), "Un sujet qui sera masqué");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Un commentaire.");
        long answer = proposals.comment(f.noe().viewer(), f.youthCouncil, id, comment, "Une réponse.");
        long other = published(f.samir(), "Un autre sujet");
        long shown = proposals.comment(f.lea().viewer(), f.youthCouncil, other, null, "Un texte masqué.");
        proposals.comment(f.noe().viewer(), f.youthCouncil, other, shown, "Qui le cite.");
        proposals.comment(f.ines().viewer(), f.youthCouncil, other, shown, "Moi aussi.");

        moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id, "Hors sujet.");
        moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, shown, "Blessant.");

        ProposalPage forIne = proposals.proposal(f.ines().viewer(), f.youthCouncil, id);
        assertThat(forIne.comments()).isEmpty();
        assertThat(forIne.authorFirstName()).isEmpty();
        assertThat(proposals.list(f.ines().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 50))
                .filteredOn(row -> row.id() == id)
                .singleElement()
                .satisfies(row -> assertThat(row.authorFirstName()).isEmpty());
        assertThat(proposals.proposal(f.samir().viewer(), f.youthCouncil, id).comments())
                .extracting(CommentLine::id)
                .containsExactly(comment);
        assertThat(proposals
                        .proposal(f.animateur, f.youthCouncil, id)
                        .comments()
                        .getFirst()
                        .answers())
                .extracting(CommentLine::id)
                .containsExactly(answer);

        CommentLine hiddenForSamir = proposals
                .proposal(f.samir().viewer(), f.youthCouncil, other)
                .comments()
                .getFirst();
        assertThat(hiddenForSamir.text()).isNull();
        assertThat(hiddenForSamir.authorFirstName()).isEmpty();
        assertThat(hiddenForSamir.answers()).isEmpty();
        CommentLine hiddenForIne = proposals
                .proposal(f.ines().viewer(), f.youthCouncil, other)
                .comments()
                .getFirst();
        assertThat(hiddenForIne.answers()).extracting(CommentLine::text).containsExactly("Moi aussi.");
        CommentLine hiddenForLea = proposals
                .proposal(f.lea().viewer(), f.youthCouncil, other)
                .comments()
                .getFirst();
        // Who reads the hidden comment (its author, the animateur) reads its answers too.
        assertThat(hiddenForLea.text()).isEqualTo("Un texte masqué.");
        assertThat(hiddenForLea.answers()).hasSize(2);
    }

    @Test
    void aReportedCommentReachesTheAnimateurOnceWithEveryReason() {
        long id = published(f.samir(), "Des sorties le week-end");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "N'importe quoi.");
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, "Moqueur");
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, null);
        proposals.report(f.noe().viewer(), f.youthCouncil, comment, "Pas gentil");

        List<ReportLine> reports = moderation.reports(f.animateur, f.youthCouncil);

        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().reports()).isEqualTo(2);
        assertThat(reports.getFirst().reasons()).containsExactlyInAnyOrder("Moqueur", "Pas gentil");
        for (Viewer notTheAnimateur : List.of(f.samir().viewer(), f.referent)) {
            assertThatThrownBy(() -> moderation.reports(notTheAnimateur, f.youthCouncil))
                    .isInstanceOf(AccessRefusedException.class);
        }
        moderation.dismissReports(f.animateur, f.youthCouncil, comment);
        assertThat(moderation.reports(f.animateur, f.youthCouncil)).isEmpty();
    }

    @Test
    void aHiddenTextShowsItsReasonToItsAuthorAloneAndCanBeShownAgain() {
        long id = published(f.samir(), "Plus de sport");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Texte moqueur.");
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, null);
        assertThatThrownBy(() -> moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment, " "))
                .isInstanceOf(InvalidInputException.class);

        moderation.hide(
                f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment, "Sans se moquer, s'il te plaît.");

        CommentLine forAuthor = proposals
                .proposal(f.lea().viewer(), f.youthCouncil, id)
                .comments()
                .getFirst();
        assertThat(forAuthor.hidden()).isTrue();
        assertThat(forAuthor.text()).isEqualTo("Texte moqueur.");
        assertThat(forAuthor.hiddenReason()).isEqualTo("Sans se moquer, s'il te plaît.");
        for (Viewer other : List.of(f.samir().viewer(), f.ines().viewer())) {
            CommentLine forOther =
                    proposals.proposal(other, f.youthCouncil, id).comments().getFirst();
            assertThat(forOther.hidden()).isTrue();
            assertThat(forOther.text()).isNull();
            assertThat(forOther.hiddenReason()).isNull();
        }
        assertThat(moderation.reports(f.animateur, f.youthCouncil)).isEmpty();
        assertThat(moderation.hidden(f.animateur, f.youthCouncil))
                .extracting(HiddenLine::id)
                .containsExactly(comment);
        assertThat(proposals
                        .list(f.samir().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10)
                        .getFirst()
                        .comments())
                .isZero();

        // A hidden proposal: its title and text for its author and the animateur, "hidden" for the others.
        moderation.hide(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id, "Hors du sujet du conseil.");
        assertThat(proposals.proposal(f.samir().viewer(), f.youthCouncil, id).hiddenReason())
                .isEqualTo("Hors du sujet du conseil.");
        ProposalPage forOther = proposals.proposal(f.ines().viewer(), f.youthCouncil, id);
        assertThat(forOther.title()).isNull();
        assertThat(forOther.body()).isNull();
        assertThat(forOther.hiddenReason()).isNull();
        assertThat(proposals
                        .list(f.ines().viewer(), f.youthCouncil, ProposalFilter.ALL, 0, 10)
                        .getFirst()
                        .title())
                .isNull();
        assertThatThrownBy(() -> proposals.comment(f.ines().viewer(), f.youthCouncil, id, null, "Encore ?"))
                .isInstanceOf(AccessRefusedException.class);

        moderation.unhide(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id);
        moderation.unhide(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment);
        ProposalPage shown = proposals.proposal(f.ines().viewer(), f.youthCouncil, id);
        assertThat(shown.title()).isEqualTo("Plus de sport");
        assertThat(shown.comments().getFirst().text()).isEqualTo("Texte moqueur.");
    }

    @Test
    void aRedactedPassageIsKeptNowhere() {
        // A street no other text of the database holds, so that any copy of it is found.
        String street = "Quarteronnière" + System.nanoTime();
        String passage = "au 12 rue " + street + " chez mon oncle";
        long id = proposals.saveDraft(
                f.samir().viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft(
                        "Des visites", "On peut se voir " + passage + " le samedi.", ProposalTheme.FAMILY_TIES));
        proposals.publish(f.samir().viewer(), f.youthCouncil, id);
        // The comment writes it in capitals without accents, the report quotes it: both go.
        String shouted = passage.toUpperCase(Locale.ROOT).replace('È', 'E');
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Moi aussi " + shouted + ".");
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, "Il donne son adresse : " + shouted);
        assertThatThrownBy(() ->
                        moderation.redact(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment, "absent"))
                .isInstanceOf(InvalidInputException.class);

        moderation.redact(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id, passage);
        moderation.redact(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment, passage);

        ProposalPage page = proposals.proposal(f.ines().viewer(), f.youthCouncil, id);
        assertThat(page.body()).isEqualTo("On peut se voir [retiré par l'animateur] le samedi.");
        assertThat(page.comments().getFirst().text()).isEqualTo("Moi aussi [retiré par l'animateur].");
        assertThat(page.comments().getFirst().redacted()).isTrue();
        assertThat(moderation.reports(f.animateur, f.youthCouncil).getFirst().reasons())
                .containsExactly("Il donne son adresse : [retiré par l'animateur]");
        assertThat(tablesHolding(street)).isEmpty();
        assertThat(tablesHolding(street.toUpperCase(Locale.ROOT).replace('È', 'E')))
                .isEmpty();
    }

    /** Every text column of every table of the schema that holds {@code text}: a copy anywhere is found. */
    private List<String> tablesHolding(String text) {
        List<String[]> columns = jdbc.sql("""
                        SELECT c.table_name, c.column_name FROM information_schema.columns c
                        JOIN information_schema.tables t
                          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                          AND c.data_type IN ('varchar', 'text', 'mediumtext', 'longtext', 'char', 'tinytext')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        List<String> found = new ArrayList<>();
        for (String[] column : columns) {
            long count = jdbc.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` LIKE :text")
                    .param("text", "%" + text + "%")
                    .query(Long.class)
                    .single();
            if (count > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Léa a raison",
                "LÉA a raison",
                "lea a raison",
                "Comme l'a dit Léa, c'est juste",
                "Demande à (Inès) !",
                "D’Inès et de Noé",
                "Merci, noé.",
                "Je suis d'accord avec Ines-la-sage",
                // Full-width letters, a soft hyphen, a zero-width space or joiner inside a name hide nothing.
                "Ｌｅａ a raison",
                "Lé\u00ADa a raison",
                "In\u200Bès a raison",
                "No\u200Dé a raison",
                // With a last name beside it, still the first name.
                "GIRARDIN Léa",
                "Le frère de Jade Perrot"
            })
    void aCouncilMembersFirstNameIsRefusedWhateverItsAccentCaseOrPunctuation(String text) {
        long id = published(f.samir(), "Sujet " + Math.abs(text.hashCode()));
        assertThatThrownBy(() -> proposals.comment(f.samir().viewer(), f.youthCouncil, id, null, text))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("comment", NamingRule.NAMES));
        assertThatThrownBy(() -> proposals.saveDraft(
                        f.samir().viewer(),
                        f.youthCouncil,
                        null,
                        new ProposalDraft(text, "Texte.", ProposalTheme.OTHER)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("title", NamingRule.NAMES));
    }

    /**
     * The rule looks up the council's members' first names only: the name of a young person of the département who
     * sits on no council passes (the animateur redacts it), and so does a member's last name, which members do not
     * read on the council's page: no member can learn from a refusal who is followed, or a peer's family name.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Girardin a raison",
                "La famille Bensaïd",
                "Castel\u00AD",
                "Kévin Outsider habite près de chez moi",
                "kevin outsider a dit non",
                "OUTSIDER, Kévin : c'est lui",
            })
    void theNameOfSomeoneWhoIsNotAMemberTellsNothing(String text) {
        long id = published(f.samir(), "Nom " + Math.abs(text.hashCode()));
        assertThat(proposals.comment(f.ines().viewer(), f.youthCouncil, id, null, text))
                .isPositive();
    }

    @Test
    void textsAreStoredWithoutInvisibleCharactersAndReportsAndFileNamesNameNobody() throws Exception {
        long id = proposals.saveDraft(
                f.samir().viewer(),
                f.youthCouncil,
                null,
                new ProposalDraft("Des\u200B casiers\u00AD", "Pour ｒａｎｇｅｒ.", ProposalTheme.DAILY_LIFE));
        assertThat(jdbc.sql("SELECT CONCAT(title, '|', body) FROM proposal WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Des casiers|Pour ranger.");
        assertThatThrownBy(() ->
                        proposals.attach(f.samir().viewer(), f.youthCouncil, id, "lettre-de-Lé\u00ADa.pdf", pdf(false)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("file", NamingRule.NAMES));
        long attached = proposals.attach(f.samir().viewer(), f.youthCouncil, id, "idées\u200B.pdf", pdf(false));
        assertThat(jdbc.sql("SELECT file_name FROM proposal_attachment WHERE id = :id")
                        .param("id", attached)
                        .query(String.class)
                        .single())
                .isEqualTo("idées.pdf");
        proposals.publish(f.samir().viewer(), f.youthCouncil, id);
        long comment = proposals.comment(f.samir().viewer(), f.youthCouncil, id, null, "Une idée\u2060 géniale");
        assertThat(jdbc.sql("SELECT body FROM proposal_comment WHERE id = :id")
                        .param("id", comment)
                        .query(String.class)
                        .single())
                .isEqualTo("Une idée géniale");
        assertThatThrownBy(() -> proposals.report(f.ines().viewer(), f.youthCouncil, comment, "Samir m'embête"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry("reason", NamingRule.NAMES));
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, "Pas\u200B gentil");
        assertThat(jdbc.sql("SELECT reason FROM comment_report WHERE comment_id = :id")
                        .param("id", comment)
                        .query(String.class)
                        .single())
                .isEqualTo("Pas gentil");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Léandre et moi, on est d'accord",
                "C'est inestimable",
                "Noémie est venue",
                "Une idée géniale",
                "Samir est d'accord avec lui-même",
                "Kévin a dit oui",
                "Outsider n'est pas un prénom"
            })
    void aWordThatOnlyHoldsAFirstNameOrTheAuthorsOwnIsAccepted(String text) {
        long id = published(f.samir(), "Libre " + Math.abs(text.hashCode()));
        long comment = proposals.comment(f.samir().viewer(), f.youthCouncil, id, null, text);
        assertThat(comment).isPositive();
    }

    @Test
    void aDangerIsHiddenRoutedToTheReferentJournaledAndTheAuthorToldWho() {
        long id = published(f.samir(), "Les soirées au foyer");
        long comment = proposals.comment(f.lea().viewer(), f.youthCouncil, id, null, "Le soir quelqu'un me frappe.");
        long lea = f.lea().viewer().youngPersonId();

        var written = JournalEntries.writtenBy(
                context,
                f.animateur,
                () -> moderation.routeDanger(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment));
        written.are(JournalEntries.entry(lea, InformationKind.COUNCIL_MEMBERSHIP, AuditAction.READ), 1);
        DangerRouting routing = written.value();

        assertThat(routing.toReferent()).isTrue();
        // The author is told in the bell, with a link to the proposal and no text.
        assertThat(jdbc.sql("""
                                SELECT link FROM notification WHERE account_id = :lea AND kind = 'COUNCIL_TEXT_ROUTED'""")
                        .param("lea", f.lea().viewer().accountId())
                        .query(String.class)
                        .list())
                .containsExactly("conseil/" + f.youthCouncil + "/propositions/" + id);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM notification WHERE account_id <> :lea AND kind = 'COUNCIL_TEXT_ROUTED'"
                                        + " AND link = :link")
                        .param("lea", f.lea().viewer().accountId())
                        .param("link", "conseil/" + f.youthCouncil + "/propositions/" + id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                                SELECT COUNT(*) FROM notification WHERE account_id = :referent AND kind = 'COUNCIL_MESSAGE'
                                  AND young_person_id = :lea""")
                        .param("referent", f.referent.accountId())
                        .param("lea", lea)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                                SELECT CONCAT(recipient, '|', told_name, '|', routed_by_account_id) FROM council_danger_routing
                                WHERE comment_id = :id""").param("id", comment).query(String.class).single())
                .isEqualTo("REFERENT|" + f.referentName + "|" + f.animateur.accountId());
        // The author reads who will contact them; the others read that it is hidden, and nothing more.
        CommentLine forAuthor = proposals
                .proposal(f.lea().viewer(), f.youthCouncil, id)
                .comments()
                .getFirst();
        assertThat(forAuthor.routed()).isTrue();
        assertThat(forAuthor.toldWho()).isEqualTo(f.referentName);
        CommentLine forOther = proposals
                .proposal(f.ines().viewer(), f.youthCouncil, id)
                .comments()
                .getFirst();
        assertThat(forOther.text()).isNull();
        assertThat(forOther.routed()).isFalse();
        assertThat(forOther.toldWho()).isNull();
        // Once routed, the animateur reads that it was, not the text, nor who was told.
        CommentLine forAnimateur =
                proposals.proposal(f.animateur, f.youthCouncil, id).comments().getFirst();
        assertThat(forAnimateur.routed()).isTrue();
        assertThat(forAnimateur.text()).isNull();
        assertThat(forAnimateur.toldWho()).isNull();
        assertThat(moderation.hidden(f.animateur, f.youthCouncil))
                .filteredOn(line -> line.id() == comment)
                .singleElement()
                .satisfies(line -> assertThat(line.text()).isNull());
        // A report on it afterwards brings it back to nobody's list.
        proposals.report(f.ines().viewer(), f.youthCouncil, comment, null);
        assertThat(moderation.reports(f.animateur, f.youthCouncil))
                .extracting(ReportLine::commentId)
                .doesNotContain(comment);
        // The référent reads it (journaled); a routed text stays hidden; routing twice tells nobody twice.
        List<RoutedMessage> messages = JournalEntries.writtenBy(
                        context, f.referent, () -> moderation.routedMessages(f.referent, lea))
                .are(JournalEntries.entry(lea, InformationKind.COUNCIL_MEMBERSHIP, AuditAction.READ), 1)
                .value();
        assertThat(messages).extracting(RoutedMessage::text).containsExactly("Le soir quelqu'un me frappe.");
        assertThatThrownBy(() -> moderation.unhide(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment))
                .isInstanceOf(InvalidInputException.class);
        // Nor is it redacted: the référent reads it as it was written.
        assertThatThrownBy(
                        () -> moderation.redact(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment, "soir"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("passage", "council.debate.error.redact-routed"));
        assertThat(moderation
                        .routeDanger(f.animateur, f.youthCouncil, ModerationTarget.COMMENT, comment)
                        .id())
                .isEqualTo(routing.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM council_danger_routing WHERE comment_id = :id")
                        .param("id", comment)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Another young person's référent, or a member, reads nothing of it.
        assertThatThrownBy(() -> moderation.routedMessages(f.samir().viewer(), lea))
                .isInstanceOf(AccessRefusedException.class);
        // Had another account been told (a référent since gone), the young person's référent today still reads it: a
        // danger never waits for someone who left.
        jdbc.sql("UPDATE council_danger_routing SET referent_account_id = :other WHERE id = :id")
                .param("other", f.animateur.accountId())
                .param("id", routing.id())
                .update();
        assertThat(moderation.routedMessages(f.referent, lea)).hasSize(1);
    }

    @Test
    void aDangerFromAMemberWithoutAReferentGoesToTheDutyAddress() {
        long id = published(f.jade(), "Le foyer la nuit");
        Deliveries.awaitSettled(jdbc);
        long failedBefore = Deliveries.failed(jdbc, DangerMailDue.class);
        DangerRouting routing = moderation.routeDanger(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id);
        // This context has no mail server (as in development): the mail cannot go, retrying cannot help, and the
        // animateur reads that the CRIP was not told yet, to call it.
        Deliveries.awaitSettled(jdbc);
        assertThat(Deliveries.failed(jdbc, DangerMailDue.class)).isEqualTo(failedBefore);
        // What the animateur reads to the CRIP on the phone: the text and its author's first name, nothing more.
        assertThat(moderation.unmailed(f.animateur, f.youthCouncil))
                .singleElement()
                .satisfies(unmailed -> {
                    assertThat(unmailed.firstName()).isEqualTo(f.jade().firstName());
                    assertThat(unmailed.text()).contains("Le foyer la nuit");
                });
        assertThatThrownBy(() -> moderation.unmailed(f.jade().viewer(), f.youthCouncil))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(routing.toReferent()).isFalse();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM notification WHERE young_person_id = :yp AND kind = 'COUNCIL_MESSAGE'")
                        .param("yp", f.jade().viewer().youngPersonId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT recipient FROM council_danger_routing WHERE id = :id")
                        .param("id", routing.id())
                        .query(String.class)
                        .single())
                .isEqualTo("DUTY_ADDRESS");
        ProposalPage forAuthor = proposals.proposal(f.jade().viewer(), f.youthCouncil, id);
        assertThat(forAuthor.routed()).isTrue();
        assertThat(forAuthor.toldWho()).isNull();
        assertThat(proposals.proposal(f.samir().viewer(), f.youthCouncil, id).title())
                .isNull();
    }

    @Test
    void attachmentsArePdfByTheirContentWithoutImageAndFollowTheirProposal() throws Exception {
        Viewer samir = f.samir().viewer();
        long draft = proposals.saveDraft(
                samir,
                f.youthCouncil,
                null,
                new ProposalDraft("Avec un document", "Voir le PDF.", ProposalTheme.OTHER));
        byte[] textPdf = pdf(false);
        long joined = proposals.attach(samir, f.youthCouncil, draft, "projet.pdf", textPdf);

        // Named .pdf but an image; a PDF that shows an image; nothing at all: refused, nothing stored.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        assertThatThrownBy(() -> proposals.attach(samir, f.youthCouncil, draft, "photo.pdf", png))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid ->
                                assertThat(invalid.fieldErrors()).containsEntry("file", "document.error.file.not-pdf"));
        assertThatThrownBy(() -> proposals.attach(samir, f.youthCouncil, draft, "scan.pdf", pdf(true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors())
                                .containsEntry("file", "council.debate.error.file-image"));
        assertThatThrownBy(() -> proposals.attach(samir, f.youthCouncil, draft, "vide.pdf", new byte[0]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> proposals.attach(f.lea().viewer(), f.youthCouncil, draft, "autre.pdf", textPdf))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(proposals.proposal(samir, f.youthCouncil, draft).attachments())
                .extracting(AttachmentLine::fileName)
                .containsExactly("projet.pdf");
        assertThat(proposals.attachment(samir, f.youthCouncil, joined)).isEqualTo(textPdf);
        assertThatThrownBy(() -> proposals.attachment(f.lea().viewer(), f.youthCouncil, joined))
                .isInstanceOf(AccessRefusedException.class);

        proposals.publish(samir, f.youthCouncil, draft);

        assertThat(proposals.attachment(f.lea().viewer(), f.youthCouncil, joined))
                .isEqualTo(textPdf);
        assertThatThrownBy(() -> proposals.attachment(f.outsider, f.youthCouncil, joined))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** A one-page PDF with a line of text, and with a small image when asked. */
    private static byte[] pdf(boolean withImage) throws Exception {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Notre projet pour le conseil");
                content.endText();
                if (withImage) {
                    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
                    content.drawImage(LosslessFactory.createFromImage(document, image), 50, 600);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theHomeTellsAMemberTheProposalsOfOthersTheyHaveNotRead() {
        published(f.samir(), "Première à lire");
        long second = published(f.lea(), "Deuxième à lire");

        Proposals.ToRead forNoe = proposals.toRead(f.noe().viewer(), f.youthCouncil);
        assertThat(forNoe.count()).isEqualTo(2);
        assertThat(forNoe.first()).extracting(ProposalRow::title).containsExactly("Deuxième à lire", "Première à lire");
        // One's own proposal is not one to read; one opened is read.
        assertThat(proposals.toRead(f.samir().viewer(), f.youthCouncil).count()).isEqualTo(1);
        proposals.proposal(f.samir().viewer(), f.youthCouncil, second);
        assertThat(proposals.toRead(f.samir().viewer(), f.youthCouncil).count()).isZero();
        assertThatThrownBy(() -> proposals.toRead(f.outsider, f.youthCouncil))
                .isInstanceOf(AccessRefusedException.class);
    }

    /**
     * A routing committed while a redaction waits for the text's lock (two tabs of the animateur): the redaction sees
     * it and is refused, so the professional reads the text as it was routed. The routing's transaction is played by
     * hand: it holds the proposal's lock with its routing row written while the redaction starts and waits.
     */
    @Test
    void aRedactionWaitingWhileTheTextIsRoutedIsRefused() throws Exception {
        long id = published(f.samir(), "Un texte routé pendant une rédaction");
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        CountDownLatch routingHeld = new CountDownLatch(1);
        CountDownLatch commitRouting = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> routing = pool.submit(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("SELECT id FROM proposal WHERE id = :id FOR UPDATE")
                        .param("id", id)
                        .query(Long.class)
                        .single();
                jdbc.sql("""
                                INSERT INTO council_danger_routing (council_id, proposal_id, author_mandate_id,
                                    young_person_id, recipient, told_name, routed_by_account_id, routed_by_name,
                                    routed_at)
                                SELECT council_id, id, author_mandate_id, NULL, 'DUTY_ADDRESS', 'CRIP', 0, 'Essai',
                                       CURRENT_TIMESTAMP(6)
                                FROM proposal WHERE id = :id""").param("id", id).update();
                routingHeld.countDown();
                try {
                    commitRouting.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }));
            routingHeld.await();
            Future<?> redaction = pool.submit(
                    () -> moderation.redact(f.animateur, f.youthCouncil, ModerationTarget.PROPOSAL, id, "assez clair"));
            // The redaction has read its snapshot and waits for the proposal's lock: then the routing commits.
            while (jdbc.sql("SELECT COUNT(*) FROM information_schema.processlist "
                                    + "WHERE id <> CONNECTION_ID() AND info LIKE '%FOR UPDATE%'")
                            .query(Long.class)
                            .single()
                    == 0) {
                Thread.onSpinWait();
            }
            commitRouting.countDown();
            routing.get();
            assertThatThrownBy(redaction::get)
                    .hasCauseInstanceOf(InvalidInputException.class)
                    .cause()
                    .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                            .containsEntry("passage", "council.debate.error.redact-routed"));
            assertThat(jdbc.sql("SELECT body FROM proposal WHERE id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .contains("assez clair");
        } finally {
            commitRouting.countDown();
            pool.shutdown();
        }
    }
}
