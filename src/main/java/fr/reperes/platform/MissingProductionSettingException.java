package fr.reperes.platform;

import java.util.List;

class MissingProductionSettingException extends RuntimeException {

    private final List<String> missing;

    MissingProductionSettingException(List<String> missing) {
        super("Missing production settings: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    List<String> missing() {
        return missing;
    }
}
