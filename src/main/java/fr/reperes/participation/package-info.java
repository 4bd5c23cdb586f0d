/**
 * The voice of young people and parents: the conseil des jeunes and the conseil des parents (mandates, sessions,
 * proposals and debate, moderation, secret votes, the département's answers), and surveys. What a viewer may see or do in a
 * council is decided by {@link fr.reperes.access.AccessPolicy#decideCouncil}, asked through
 * {@link fr.reperes.participation.CouncilAccess}.
 * <p>
 * Tables: council, council_mandate, council_invitation, council_session, council_attendance, proposal,
 * proposal_attachment, proposal_comment, proposal_support, comment_report, proposal_read, council_danger_routing,
 * council_vote, council_vote_proposal, council_vote_roll, council_vote_tally, council_vote_receipt,
 * council_answer_entry, survey, survey_audience, survey_indicator, survey_version, survey_variant, survey_question,
 * survey_option, survey_participation, survey_sheet, survey_answer, survey_danger_routing.
 * <p>
 * Surveys: who may build, answer or read them is decided by {@link fr.reperes.access.AccessPolicy#decideSurvey},
 * asked through {@link fr.reperes.participation.SurveyAccess}; whom a survey asks is
 * {@link fr.reperes.participation.SurveyAudience}. Anonymity: docs/survey-anonymity.md.
 * <p>
 * Publishes, read-only for the observatory's counts (V28 migration): participation_proposal_view,
 * participation_proposal_answer_view, participation_survey_young_audience_view.
 */
@ApplicationModule(
        displayName = "Participation",
        allowedDependencies = {
            "access",
            "dossier",
            "identity",
            "notification",
            "platform",
            "platform :: suppression",
            "shell"
        })
@NullMarked
package fr.reperes.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
