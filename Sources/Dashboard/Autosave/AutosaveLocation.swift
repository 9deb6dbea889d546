/// Where the autosave of a document lives. Beside the scenario file as `.NAME.vplan-autosave` when
/// its directory is writable, else under `$XDG_STATE_HOME/vplan/autosave/` (default
/// `~/.local/state/vplan/autosave/`), named after the scenario's absolute path (or, for a bundled
/// profile that has no file, after the profile). Pure: the environment, the working directory and
/// the writability check are passed in, so every rule is testable.
public struct AutosaveLocation: Sendable, Equatable {
    /// The scenario file's absolute path (nil for a bundled profile).
    public let scenarioPath: String?
    /// `DIR/.NAME.vplan-autosave` beside the scenario file (nil for a bundled profile).
    public let besidePath: String?
    /// The file under the state directory (nil when neither `XDG_STATE_HOME` nor `HOME` is set).
    public let statePath: String?

    /// The suffix of every autosave file.
    public static let suffix = ".vplan-autosave"
    /// Longest file name kept as is under the state directory (file systems allow 255 bytes).
    static let maximumNameBytes = 200

    public init(document: Document, currentDirectory: String, environment: [String: String]) {
        let absolute = document.path.map { Self.absolute(Self.expandingHome($0, environment), in: currentDirectory) }
        scenarioPath = absolute
        let directory = Self.stateDirectory(environment)
        if let absolute {
            let slash = absolute.lastIndex(of: "/")!
            let parent = slash == absolute.startIndex ? "/" : String(absolute[..<slash])
            let name = String(absolute[absolute.index(after: slash)...])
            besidePath = (parent == "/" ? "" : parent) + "/.\(name)\(Self.suffix)"
            statePath = directory.map { "\($0)/\(Self.fileName(forKey: absolute))" }
        } else {
            besidePath = nil
            statePath = directory.map { "\($0)/\(Self.fileName(forKey: "profile:\(document.stem)"))" }
        }
    }

    /// Every place an autosave of this document may be, beside the file first.
    public var candidates: [String] { [besidePath, statePath].compactMap { $0 } }

    /// Where to write, in order of preference: beside the file when its directory is writable, then
    /// the state directory (also the fallback when writing beside the file fails, e.g. a full disk).
    public func writeTargets(isWritableDirectory: (String) -> Bool) -> [String] {
        var targets: [String] = []
        if let besidePath, isWritableDirectory(Self.directory(of: besidePath)) { targets.append(besidePath) }
        if let statePath { targets.append(statePath) }
        return targets
    }

    /// `$XDG_STATE_HOME/vplan/autosave` (an absolute `XDG_STATE_HOME` only, as the XDG base
    /// directory specification says), else `$HOME/.local/state/vplan/autosave`.
    public static func stateDirectory(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return trimmed(state) + "/vplan/autosave" }
        if let home = environment["HOME"], home.hasPrefix("/") { return trimmed(home) + "/.local/state/vplan/autosave" }
        return nil
    }

    /// The state-directory file name for a key: `/` and `%` percent-encoded so the name is one path
    /// component; a long key keeps its end (the file name) and gains a hash of the whole key.
    public static func fileName(forKey key: String) -> String {
        var encoded = ""
        for character in key {
            switch character {
            case "%": encoded += "%25"
            case "/": encoded += "%2F"
            default: encoded.append(character)
            }
        }
        if encoded.utf8.count > maximumNameBytes {
            var tail = Substring(encoded)
            while tail.utf8.count > maximumNameBytes - 40 { tail = tail.dropFirst() }
            encoded = "\(hash(key))-\(tail)"
        }
        return encoded + suffix
    }

    /// FNV-1a, 64 bits, in hex: a stable short name for a long key (not a security measure).
    static func hash(_ key: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func absolute(_ path: String, in currentDirectory: String) -> String {
        let joined = path.hasPrefix("/") ? path : trimmed(currentDirectory) + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func expandingHome(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "/" ? "" : path
    }
}
