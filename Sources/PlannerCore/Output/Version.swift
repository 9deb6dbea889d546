/// vplan's version: `vplan-tui --version`, and the `generator` of every plan document.
public enum Version {
    public static let current = "0.4.0"

    /// The plan document's `generator`.
    public static var generator: String { "vplan-tui \(current)" }
}
