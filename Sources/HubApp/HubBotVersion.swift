/// HubBot's version, shown by `hubbot --version` and in the User-Agent.
public enum HubBotVersion {
    public static let current = "0.1.0"
}
