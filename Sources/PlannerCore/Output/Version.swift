/// vplan's version, as `vplan-tui --version` prints it.
public enum Version {
    public static let current = "0.4.0"
}
