/// Something `o` can open: a bundled profile by name, or a scenario file.
public enum OpenTarget: Sendable, Equatable, Hashable {
    case bundled(String)
    case file(String)

    /// How the open list shows it.
    public var label: String {
        switch self {
        case .bundled(let name): return "\(name) (bundled)"
        case .file(let path): return path
        }
    }
}
