import ArgumentParser
import PlannerCore
import Storage

/// `vplan-tui catalogs`: the bundled host catalogs, one line each; with a name, its types.
struct CatalogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogs",
        abstract: "List the bundled host catalogs (plan --catalog NAME), or one catalog's types with their prices.")

    @Argument(help: "A bundled catalog's name or a catalog file: list its types, sources and notes.")
    var name: String?

    func run() throws {
        try CommandFailure.exitOnError {
            guard let name else {
                for entry in BundledCatalogs.all {
                    let catalog = try BundledCatalogs.catalog(named: entry.name)
                    Console.out(
                        "\(catalog.name): \(catalog.hostTypes.count) host types, \(catalog.currency) list prices as of "
                            + "\(catalog.pricesAsOf); \(catalog.title)")
                }
                return
            }
            let catalog = try BundledCatalogs.load(name)
            Console.out("\(catalog.name): \(catalog.title)")
            Console.out("prices in \(catalog.currency) per hour, as of \(catalog.pricesAsOf)")
            for source in catalog.sources { Console.out("source: \(source)") }
            for note in catalog.notes { Console.out("note: \(note)") }
            for type in catalog.hostTypes {
                let cores = type.number("cpuCores").map(Format.cores) ?? "?"
                let memory = type.number("memoryGiB").map { Format.trimmed($0, decimals: 2) } ?? "?"
                let price = type.number("costPerHour").map { Format.trimmed($0, decimals: 4) } ?? "?"
                Console.out("  \(type.name): \(cores) cores, \(memory) GiB, \(price) \(catalog.currency)/h")
            }
        }
    }
}
