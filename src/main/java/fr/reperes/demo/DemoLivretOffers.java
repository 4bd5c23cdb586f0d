package fr.reperes.demo;

import fr.reperes.content.LivretOffers;
import fr.reperes.identity.AccountDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Karim has signed in since Lina's placement began: the placement livret is offered on his home, not yet
 * acknowledged, and Claire sees it so on Lina's page. Offered as his sign-in would offer it (after the content is
 * loaded: no livret, no offer).
 */
@Component
class DemoLivretOffers {

    private final AccountDirectory accounts;
    private final LivretOffers offers;

    DemoLivretOffers(AccountDirectory accounts, LivretOffers offers) {
        this.accounts = accounts;
        this.offers = offers;
    }

    @Transactional
    void load() {
        offers.offer(accounts.viewerFor("karim", "karim"));
    }
}
