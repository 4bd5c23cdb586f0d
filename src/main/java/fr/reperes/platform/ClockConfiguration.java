package fr.reperes.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * Ages, deadlines, "today" and every date shown ({@link DateTexts}) are the département's, whatever the server's
     * zone. The scheduled jobs that run at a time of day read the same setting (reperes.zone).
     */
    @Bean
    Clock clock(@Value("${reperes.zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
