import Foundation
import PlannerCore

/// The edits the dashboard makes to a scenario. Each returns the changed scenario, or why the change
/// cannot be made; the scenario passed in is never modified. Pure functions, so the reducer and the
/// tests share them.
public enum ScenarioEdits {
    /// Sets a workload cell from typed text. Model, stateful and replicas are the same for every
    /// member of a pod, so setting one sets the pod's; the other cells are the workload's own.
    public static func set(
        _ column: WorkloadColumn, row: Int, to text: String, in scenario: Scenario
    ) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        var s = scenario
        do throws(EditProblem) {
            switch column {
            case .model: return try setModel(model(from: text), row: row, in: scenario)
            case .stateful: return try setStateful(statefulness(from: text), row: row, in: scenario)
            case .replicas: return try setReplicas(wholeNumber(text).get(), row: row, in: scenario)
            case .name: s.workloads[row].name = text
            case .cpu: s.workloads[row].cpuCores = try QuantityUnit.cores.parse(text).get()
            case .memory: s.workloads[row].memoryMiB = try QuantityUnit.mib.parse(text).get()
            case .requestsPerSecond: try setRequestsPerSecond(of: &s.workloads[row], to: text)
            case .peakRequestsPerSecond: try setPeakRequestsPerSecond(of: &s.workloads[row], to: text)
            case .hourlyProfile: try setProfile(of: &s.workloads[row], to: text)
            case .burstiness: s.workloads[row].burstiness = try automaticNumber(text, .plain) ?? 1
            case .concurrencyPerReplica: s.workloads[row].concurrencyPerReplica = try automaticNumber(text, .plain)
            case .functionMemory: s.workloads[row].functionMemoryMiB = try automaticNumber(text, .mib)
            case .requestSeconds: s.workloads[row].requestSeconds = try optionalNumber(text)
            case .updatesPerDay: s.workloads[row].updatesPerDay = try optionalNumber(text) ?? 0
            case .changedLayers: s.workloads[row].changedLayers = try wholeNumber(text).get()
            case .runtimeClass:
                // Pod members share a runtime class: setting one sets the pod's.
                let name = optionalText(text)
                for member in podMembers(of: row, in: s) { s.workloads[member].runtimeClass = name }
                return validated(s, against: scenario, touching: podMembers(of: row, in: s))
            case .spread:
                // Pod members share a spread too.
                let spread = try SpreadText.parse(text).get()
                for member in podMembers(of: row, in: s) { s.workloads[member].spread = spread }
                return validated(s, against: scenario, touching: podMembers(of: row, in: s))
            case .pod: setPod(text, row: row, in: &s)
            case .image:
                let total = try QuantityUnit.mib.parse(text).get()
                s.workloads[row].layers = try resizedImage(s.workloads[row], to: total).get()
            }
        } catch {
            return .failure(error)
        }
        return validated(s, against: scenario, touching: [row])
    }

    /// Adds `delta` steps to a numeric workload cell.
    public static func step(
        _ column: WorkloadColumn, row: Int, by delta: Int, in scenario: Scenario
    ) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        if column == .hourlyProfile { return scaleTraffic(row: row, by: delta, in: scenario) }
        let w = scenario.workloads[row]
        let target = column.isNumeric ? column : .replicas
        let current = target.number(w) ?? 0
        let next = rounded(current + Double(delta) * target.step(for: w))
        return set(target, row: row, to: QuantityUnit.exact(next), in: scenario)
    }

    /// Sets a parameter from typed text.
    public static func set(_ parameter: Parameter, to text: String, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        var s = scenario
        switch parameter.kind {
        case .text:
            s.name = text
        case .choice(let options):
            guard let field = parameter.field, let option = field.option(named: text) else {
                return .failure(EditProblem("\(parameter.label) must be \(options.joined(separator: " or "))"))
            }
            field.setOption(option, in: &s)
        case .toggle:
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "y", "true", "1": parameter.setNumber(1, in: &s)
            case "no", "n", "false", "0": parameter.setNumber(0, in: &s)
            default: return .failure(EditProblem("\(parameter.label) must be yes or no"))
            }
        case .count:
            switch wholeNumber(text) {
            case .success(let value) where parameter.rawValue == "host.failoverHosts":
                return setFailoverHosts(value, in: scenario)
            case .success(let value): parameter.setNumber(Double(value), in: &s)
            case .failure(let problem): return .failure(problem)
            }
        case .real(let unit):
            if let field = parameter.field, field.isOptional, meansAutomatic(text) {
                field.clearNumber(in: &s)
                return validated(s, against: scenario, touching: [])
            }
            switch unit.parse(text) {
            case .success(let value): parameter.setNumber(value, in: &s)
            case .failure(let problem): return .failure(problem)
            }
        }
        return validated(s, against: scenario, touching: [])
    }

    /// `host.failoverHosts` is the short form of the hosts failover policy: setting it moves a
    /// `host.failover` hosts policy along, and is refused while another policy (percent of the
    /// capacity free, zone loss) is in force, which it would not change.
    static func setFailoverHosts(_ count: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        var s = scenario
        switch s.host.failover {
        case .percent?, .zone?:
            return .failure(
                EditProblem(
                    "the failover policy is \(s.host.failoverPolicy.summary) (host.failover in the file): failover hosts do not apply"
                ))
        case .hosts?: s.host.failover = .hosts(count: count)
        case nil: break
        }
        s.host.failoverHosts = count
        return validated(s, against: scenario, touching: [])
    }

    /// Adds `delta` steps to a numeric parameter; toggles and the hypervisor flip instead.
    public static func step(_ parameter: Parameter, by delta: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        switch parameter.kind {
        case .text: return .failure(EditProblem("\(parameter.label) is text: press Enter to edit it"))
        case .choice: return cycle(parameter, in: scenario)
        case .toggle:
            var s = scenario
            parameter.setNumber((parameter.number(in: s) ?? 0) != 0 ? 0 : 1, in: &s)
            return validated(s, against: scenario, touching: [])
        case .count, .real:
            let current = parameter.number(in: scenario) ?? parameter.field?.automaticNumber(in: scenario) ?? 0
            let next = rounded(current + Double(delta) * parameter.step)
            return set(parameter, to: QuantityUnit.exact(next), in: scenario)
        }
    }

    /// Switches type 1 ↔ type 2.
    public static func cycleHypervisor(in scenario: Scenario) -> Result<Scenario, EditProblem> {
        cycle(.named("vm.hypervisor"), in: scenario)
    }

    /// A choice's next option (after the last, the first).
    public static func cycle(_ parameter: Parameter, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard case .choice(let options) = parameter.kind, let field = parameter.field, !options.isEmpty else {
            return .failure(EditProblem("\(parameter.label) is not a choice"))
        }
        var s = scenario
        let current = options.firstIndex(of: field.option(in: s) ?? "") ?? -1
        field.setOption(options[(current + 1) % options.count], in: &s)
        return validated(s, against: scenario, touching: [])
    }

    /// vm → container → faas → vm (stateful workloads skip faas); pod members change together.
    public static func cycleModel(row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        let w = scenario.workloads[row]
        let order: [DeploymentModel] = [.vm, .container, .faas]
        var index = order.firstIndex(of: w.model)!
        repeat { index = (index + 1) % order.count } while order[index] == .faas && w.stateful
        return setModel(order[index], row: row, in: scenario)
    }

    /// Flips stateful; a workload becoming stateful leaves the faas model for containers.
    public static func toggleStateful(row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload selected")) }
        return setStateful(!scenario.workloads[row].stateful, row: row, in: scenario)
    }

    /// Inserts a new workload after `row` (at the end when the table is empty); returns its index.
    public static func addWorkload(after row: Int, in scenario: Scenario) -> (Scenario, Int) {
        var s = scenario
        let name = uniqueName("workload", in: s)
        let index = s.workloads.isEmpty ? 0 : min(row + 1, s.workloads.count)
        s.workloads.insert(Workload(name: name, cpuCores: 0.5, memoryMiB: 512, replicas: 1), at: index)
        return (s, index)
    }

    /// Copies workload `row` under a new name, right after it; returns the copy's index.
    public static func duplicateWorkload(row: Int, in scenario: Scenario) -> Result<(Scenario, Int), EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload to duplicate")) }
        var s = scenario
        var copy = s.workloads[row]
        copy.name = uniqueName("\(copy.name)-copy", in: s)
        s.workloads.insert(copy, at: row + 1)
        return .success((s, row + 1))
    }

    /// Removes workload `row`.
    public static func deleteWorkload(row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        guard scenario.workloads.indices.contains(row) else { return .failure(EditProblem("no workload to delete")) }
        var s = scenario
        s.workloads.remove(at: row)
        return .success(s)
    }

    /// The scenario if it brings no validation problem the old one did not have; else the first new
    /// problem. With `rows`, the edit changed only those workloads (and perhaps the sections), so only
    /// the problems that can involve them are looked for (`ScenarioValidator.errors(in:touching:)`):
    /// a key costs work in proportion to the edit, not to the fleet. The old scenario is validated
    /// only when the new one has a problem.
    public static func validated(
        _ candidate: Scenario, against current: Scenario, touching rows: [Int]? = nil
    ) -> Result<Scenario, EditProblem> {
        func problems(_ scenario: Scenario) -> [ScenarioError] {
            guard let rows else { return ScenarioValidator.errors(in: scenario) }
            return ScenarioValidator.errors(in: scenario, touching: rows)
        }
        let after = problems(candidate)
        guard !after.isEmpty else { return .success(candidate) }
        let before = Set(problems(current).map(\.description))
        if let problem = after.first(where: { !before.contains($0.description) }) {
            return .failure(EditProblem(readable(problem, in: candidate)))
        }
        return .success(candidate)
    }

    /// A validation problem with `workloads[3].` replaced by the workload's name.
    static func readable(_ problem: ScenarioError, in scenario: Scenario) -> String {
        guard case .field(let path)? = problem.location, let index = path.workloadIndex,
            scenario.workloads.indices.contains(index), let rest = path.withinWorkload?.description
        else { return problem.description }
        let name = scenario.workloads[index].name
        return "\(name.isEmpty ? path.description : name)\(rest.isEmpty ? "" : " " + rest): \(problem.reason)"
    }

    // MARK: - Helpers

    /// A typed model: vm, container or faas.
    private static func model(from text: String) throws(EditProblem) -> DeploymentModel {
        guard let model = DeploymentModel(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw EditProblem("model must be vm, container or faas")
        }
        return model
    }

    /// A typed stateful cell: yes or no (an empty cell or "-" is no).
    private static func statefulness(from text: String) throws(EditProblem) -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true", "stateful", "1": return true
        case "no", "n", "false", "-", "0", "": return false
        default: throw EditProblem("stateful must be yes or no")
        }
    }

    /// Sets the average requests per second; an empty cell or "-" clears it and the peak (and an
    /// hourly profile). Traffic scales as a whole: the peak keeps its ratio to the average, a
    /// profile its shape.
    private static func setRequestsPerSecond(of w: inout Workload, to text: String) throws(EditProblem) {
        if w.hourlyRequestsPerSecond != nil {
            let average = TrafficShape.dailyAverage(of: w) ?? 0
            try rescaleProfile(of: &w, to: optionalNumber(text), from: average)
            return
        }
        guard let value = try optionalNumber(text) else {
            w.requestsPerSecond = nil
            w.peakRequestsPerSecond = nil
            return
        }
        if let old = w.requestsPerSecond, let peak = w.peakRequestsPerSecond, old > 0, value.isFinite {
            w.peakRequestsPerSecond = peak * (value / old)
        }
        w.requestsPerSecond = value
    }

    /// A number, or nil for an empty cell or "-" (the key is left out of the scenario).
    static func optionalNumber(_ text: String) throws(EditProblem) -> Double? {
        guard let trimmed = optionalText(text) else { return nil }
        return try QuantityUnit.plain.parse(trimmed).get()
    }

    /// An empty cell, "-" or "auto": an optional value left out of the file, to be derived.
    static func meansAutomatic(_ text: String) -> Bool {
        optionalText(text).map { $0.lowercased() == "auto" } ?? true
    }

    /// The text without surrounding spaces, or nil for an empty cell or "-".
    static func optionalText(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "-" ? nil : trimmed
    }

    /// Puts workload `row` in the pod `text` names (in none for an empty cell or "-"). Joining a pod
    /// takes its replicas and model, so the pod stays consistent.
    private static func setPod(_ text: String, row: Int, in s: inout Scenario) {
        let pod = optionalText(text)
        if let pod, let leader = s.workloads.firstIndex(where: { $0.pod == pod }), leader != row {
            s.workloads[row].replicas = s.workloads[leader].replicas
            s.workloads[row].model = s.workloads[leader].model
        }
        s.workloads[row].pod = pod
    }

    private static func setModel(_ model: DeploymentModel, row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        var s = scenario
        let members = podMembers(of: row, in: s)
        for index in members { s.workloads[index].model = model }
        return validated(s, against: scenario, touching: members)
    }

    private static func setStateful(_ stateful: Bool, row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        var s = scenario
        s.workloads[row].stateful = stateful
        let members = podMembers(of: row, in: s)
        if stateful && s.workloads[row].model == .faas {
            for index in members { s.workloads[index].model = .container }
        }
        return validated(s, against: scenario, touching: members)
    }

    private static func setReplicas(_ replicas: Int, row: Int, in scenario: Scenario) -> Result<Scenario, EditProblem> {
        var s = scenario
        let members = podMembers(of: row, in: s)
        for index in members { s.workloads[index].replicas = replicas }
        return validated(s, against: scenario, touching: members)
    }

    /// The workload and the other members of its pod (pods share replicas and model).
    static func podMembers(of row: Int, in s: Scenario) -> [Int] {
        guard let pod = s.workloads[row].pod else { return [row] }
        return s.workloads.indices.filter { s.workloads[$0].pod == pod }
    }

    /// The layers resized so that they total `total` MiB: the top layer takes the difference.
    private static func resizedImage(_ w: Workload, to total: Double) -> Result<[ImageLayer], EditProblem> {
        guard total.isFinite, total >= 0 else {
            return .failure(EditProblem("image size must be a finite number of MiB, at least 0"))
        }
        guard var top = w.layers.last else {
            return total == 0 ? .success([]) : .success([ImageLayer(id: "\(w.name)-image", sizeMiB: total)])
        }
        let lower = w.imageMiB - top.sizeMiB
        if total < lower {
            return .failure(
                EditProblem(
                    "the lower layers already take \(Readable.mib(lower)); the top layer \"\(top.id)\" is the one an edit resizes"
                ))
        }
        top.sizeMiB = rounded(total - lower)
        return .success(w.layers.dropLast() + [top])
    }

    private static func wholeNumber(_ text: String) -> Result<Int, EditProblem> {
        let trimmed = text.filter { !$0.isWhitespace && $0 != "," && $0 != "_" }
        if trimmed.isEmpty { return .failure(EditProblem("enter a whole number")) }
        if let value = Int(trimmed) { return .success(value) }
        if let value = Double(trimmed), value == value.rounded(), abs(value) < 1e15 { return .success(Int(value)) }
        return .failure(EditProblem("not a whole number: \"\(text)\""))
    }

    private static func uniqueName(_ base: String, in s: Scenario) -> String {
        let names = Set(s.workloads.map(\.name))
        if !names.contains(base) { return base }
        var n = 2
        while names.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Steps accumulate without binary noise (0.1 + 0.2 gives 0.3).
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite, abs(value) < 1e12 else { return value }
        return (value * 1_000_000).rounded() / 1_000_000
    }
}
