package fr.reperes.platform;

class UnsafeProductionSettingException extends RuntimeException {

    private final String setting;
    private final String why;

    UnsafeProductionSettingException(String setting, String why) {
        super("Refusing to start under the production profile with " + setting + "=true: " + why);
        this.setting = setting;
        this.why = why;
    }

    String setting() {
        return setting;
    }

    String why() {
        return why;
    }
}
