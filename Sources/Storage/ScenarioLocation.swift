import Foundation
import PlannerCore

/// Where a scenario lives: a bundled profile, by name, or a file. The one spelling of what
/// `--profile X`, `validate X` and `--host X` name and of what the dashboard's `o` opens.
public enum ScenarioLocation: Sendable, Hashable {
    /// A bundled profile, by its file name without `.json`.
    case bundled(String)
    /// A scenario file, by its path as given.
    case file(String)
    /// Standard input (`-`), read to its end.
    case standardInput

    /// The name standard input goes by in messages.
    public static let standardInputName = "<stdin>"

    /// The bundled default profile.
    public static var defaultProfile: ScenarioLocation { .bundled(BundledProfiles.defaultName) }

    /// What a command-line argument names: none gives the bundled default; the name of a bundled
    /// profile (with or without `.json`) gives that profile, unless a file of that name exists;
    /// `-` is standard input; anything else is a file.
    public init(argument: String?) {
        guard let argument else {
            self = .defaultProfile
            return
        }
        if argument == "-" {
            self = .standardInput
            return
        }
        if let profile = BundledProfiles.all.first(where: { $0.name == argument || "\($0.name).json" == argument }),
            !ScenarioFile.exists(argument)
        {
            self = .bundled(profile.name)
        } else {
            self = .file(argument)
        }
    }

    /// The name messages and the status line use: the path, or `Profiles/NAME.json`.
    public var displayName: String {
        switch self {
        case .bundled(let name): return "Profiles/\(name).json"
        case .file(let path): return path
        case .standardInput: return Self.standardInputName
        }
    }

    /// How the dashboard's open list shows it: the path, or `NAME (bundled)`.
    public var label: String {
        switch self {
        case .bundled(let name): return "\(name) (bundled)"
        case .file(let path): return path
        case .standardInput: return "standard input"
        }
    }

    /// The file to save back to; nil for a bundled profile.
    public var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    /// Reads (a file), decodes and validates the scenario. A file may be a FIFO whose writer never
    /// comes: callers that must stay responsive load on a thread of their own.
    public func load() throws(LoadError) -> Scenario {
        switch self {
        case .bundled(let name):
            do throws(ScenarioError) {
                return try BundledProfiles.scenario(named: name)
            } catch {
                throw .scenario(error)
            }
        case .file(let path): return try ScenarioFile.load(path)
        case .standardInput: return try ScenarioFile.load(descriptor: 0, name: Self.standardInputName)
        }
    }

    /// The scenario's text as it is, not yet decoded (`sweep` edits it before decoding): a file's
    /// bytes within the size limit, standard input to its end, a bundled profile's text.
    public func data() throws(LoadError) -> Data {
        switch self {
        case .bundled(let name):
            do throws(ScenarioError) {
                return Data(try BundledProfiles.text(named: name).utf8)
            } catch {
                throw .scenario(error)
            }
        case .file(let path):
            do throws(FileError) {
                return try ScenarioFile.read(path)
            } catch {
                throw .file(error)
            }
        case .standardInput:
            do throws(FileError) {
                return try ScenarioFile.readAll(0, name: Self.standardInputName)
            } catch {
                throw .file(error)
            }
        }
    }

    /// Decodes and validates text read from here (`data()`), as `load` does: a problem is
    /// attributed to `displayName`.
    public func decode(_ data: Data) throws(LoadError) -> Scenario {
        do throws(ScenarioError) {
            return try ScenarioDecoder.scenario(from: data)
        } catch {
            throw .scenario(error.inFile(displayName))
        }
    }
}
