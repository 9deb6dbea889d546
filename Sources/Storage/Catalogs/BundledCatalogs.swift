import Foundation
import PlannerCore

/// The host catalogs shipped with vplan: every `Catalogs/*.json` (cloud instance families at their
/// on-demand list prices, each with its sources and the month of its prices), compiled in by
/// `scripts/embed-profiles` (into `EmbeddedCatalogs.swift`).
public enum BundledCatalogs {
    /// Every bundled catalog: its file name without .json, and the file's text, by name.
    public static let all: [(name: String, json: String)] = embedded.sorted { $0.name < $1.name }

    /// A bundled catalog by name (with or without `.json`), decoded and checked.
    public static func catalog(named name: String) throws(ScenarioError) -> HostCatalog {
        let text = try BundledFiles.text(named: name, in: all, kind: "catalog")
        do {
            return try HostCatalog.decode(Data(text.utf8))
        } catch {
            throw error.inFile("Catalogs/\(BundledFiles.key(name)).json")
        }
    }
}

extension BundledCatalogs {
    /// What `--catalog` names: a catalog file when the argument is an existing path, else a bundled
    /// catalog by name. Errors name the file.
    public static func load(_ argument: String) throws(LoadError) -> HostCatalog {
        guard ScenarioFile.exists(argument) else {
            if argument.contains("/")
                || argument.hasSuffix(".json") && !all.contains(where: { $0.name == BundledFiles.key(argument) })
            {
                throw .file(FileError(file: argument, reason: "no such catalog file"))
            }
            do { return try catalog(named: argument) } catch { throw .scenario(error) }
        }
        let data: Data
        do { data = try ScenarioFile.read(argument) } catch { throw .file(error) }
        do { return try HostCatalog.decode(data) } catch { throw .scenario(error.inFile(argument)) }
    }

    /// The scenario planned over the catalog `--catalog` names (unchanged when nil).
    public static func apply(_ argument: String?, to scenario: Scenario) throws(LoadError) -> Scenario {
        guard let argument else { return scenario }
        let catalog = try load(argument)
        let file = ScenarioFile.exists(argument) ? argument : "Catalogs/\(catalog.name).json"
        do { return try catalog.applied(to: scenario) } catch { throw .scenario(error.inFile(file)) }
    }
}
