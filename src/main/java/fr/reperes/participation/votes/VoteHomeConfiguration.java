package fr.reperes.participation.votes;

import fr.reperes.participation.CouncilVotes;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The votes' section of a member's council on their home. */
@Configuration(proxyBeanMethods = false)
class VoteHomeConfiguration {

    @Bean
    OpenVotesSection openVotesSection(CouncilVotes votes, Clock clock) {
        return new OpenVotesSection(votes, clock);
    }
}
