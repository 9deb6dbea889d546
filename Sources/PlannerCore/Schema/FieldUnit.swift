/// The unit of a field's number, as its key names it (`memoryMiB`, `nicGbps`). The documentation's
/// unit column and the dashboard's display and parsing follow it.
public enum FieldUnit: String, Sendable, CaseIterable {
    case cores
    case gib = "GiB"
    case mib = "MiB"
    case gbps = "Gbit/s"
    case money = "currency"
    case factor = "×"
    case fraction = "fraction (0–1)"
    case seconds = "s"
    case count
    case plain = "number"
    case none = ""
}
