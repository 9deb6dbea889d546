import PlannerCore

/// The vInfo columns the importer reads, found by header name in any order (case, spacing and
/// a `vInfo` prefix ignored). Older RVTools versions wrote MB where newer write MiB.
struct RVToolsColumns {
    var vm: Int
    var powerState: Int
    var cpus: Int
    var memory: Int
    var provisioned: Int?
    var inUse: Int?
    var os: Int?
    var template: Int?

    static let names: [String: [String]] = [
        "VM": ["vm", "vinfovm", "vm name", "name"],
        "Powerstate": ["powerstate", "power state", "vinfopowerstate"],
        "CPUs": ["cpus", "num cpu", "vinfocpus", "vcpus"],
        "Memory": ["memory", "vinfomemory", "memory mib", "memory mb"],
        "Provisioned MiB": ["provisioned mib", "provisioned mb", "vinfoprovisioned"],
        "In Use MiB": ["in use mib", "in use mb", "vinfoinuse"],
        "OS according to the configuration file": [
            "os according to the configuration file", "vinfoosaccordingtotheconfigurationfile",
        ],
        "OS according to the VMware Tools": ["os according to the vmware tools", "vinfoosaccordingtothevmwaretools"],
        "Template": ["template", "vinfotemplate"],
    ]

    static func normalise(_ header: String) -> String {
        header.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Finds the columns in a header row; a missing required column is an error on line 1.
    static func find(in header: [String], file: String) throws(ScenarioError) -> RVToolsColumns {
        let normalised = header.map(normalise)
        func column(_ name: String) -> Int? {
            for alias in names[name] ?? [] {
                if let index = normalised.firstIndex(of: alias) { return index }
            }
            return nil
        }
        func required(_ name: String) throws(ScenarioError) -> Int {
            guard let index = column(name) else {
                throw ScenarioError(
                    file: file, at: .row(1, column: nil),
                    reason: "no \"\(name)\" column; is this the vInfo sheet of an RVTools export?")
            }
            return index
        }
        return RVToolsColumns(
            vm: try required("VM"), powerState: try required("Powerstate"), cpus: try required("CPUs"),
            memory: try required("Memory"), provisioned: column("Provisioned MiB"), inUse: column("In Use MiB"),
            os: column("OS according to the configuration file") ?? column("OS according to the VMware Tools"),
            template: column("Template"))
    }
}
