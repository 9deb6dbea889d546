import Foundation

/// Range and consistency checks on a decoded scenario. Every numeric field has a range; the
/// ranges and ceilings are listed in docs/model.md ("Limits"). Returns every problem, in field
/// order, so a dashboard can show them all and a command line can print the first.
public enum ScenarioValidator {
    public static func errors(in scenario: Scenario) -> [ScenarioError] {
        var rules = Rules()
        if TerminalText.containsUnsafe(scenario.name) {
            rules.fail("name", "must not contain control characters (got \"\(TerminalText.escaped(scenario.name))\")")
        }
        currency(scenario.currency, &rules)
        ScenarioSchema.validateSections(scenario, &rules)
        HostTypeValidation.check(scenario, &rules)
        workloads(scenario, &rules)
        return rules.errors
    }

    /// The problems an edit confined to the workloads at `rows` (and to any section) can bring:
    /// every section's rules, the rules of those workloads, and the rules across workloads (names,
    /// layer sizes, pods, totals) where they involve them. Each problem reads exactly as in
    /// `errors(in:)`. The work is the sections plus the changed workloads, plus one pass of
    /// comparisons and sums over the others (no messages built for them): a key in the dashboard on
    /// a fleet of a million instances does not re-validate the fleet.
    public static func errors(in scenario: Scenario, touching rows: [Int]) -> [ScenarioError] {
        var rules = Rules()
        if TerminalText.containsUnsafe(scenario.name) {
            rules.fail("name", "must not contain control characters (got \"\(TerminalText.escaped(scenario.name))\")")
        }
        currency(scenario.currency, &rules)
        ScenarioSchema.validateSections(scenario, &rules)
        HostTypeValidation.check(scenario, &rules)
        let workloads = scenario.workloads
        guard workloads.count <= Limits.maximumWorkloads else { return errors(in: scenario) }
        for index in Set(rows).sorted() where workloads.indices.contains(index) {
            single(index, workloads[index], scenario, &rules)
            duplicateName(of: index, in: workloads, &rules)
            layerSizes(of: index, in: workloads, &rules)
            podAgreement(of: index, in: workloads, &rules)
        }
        var pods: Set<String> = []
        for index in Set(rows).sorted() where workloads.indices.contains(index) {
            if let pod = workloads[index].pod, !pod.isEmpty, pods.insert(pod).inserted {
                let members = workloads.indices.filter { workloads[$0].pod == pod }
                podResources(members, scenario, &rules)
            }
        }
        totals(scenario, &rules)
        return rules.errors
    }

    private static func currency(_ code: String, _ rules: inout Rules) {
        if !Money.isCurrencyCode(code) {
            rules.fail(
                "currency",
                "must be an ISO 4217 code of three capital letters, such as \"USD\" or \"EUR\" (got \"\(TerminalText.escaped(code))\")"
            )
        }
    }

    private static func workloads(_ scenario: Scenario, _ rules: inout Rules) {
        let workloads = scenario.workloads
        if workloads.count > Limits.maximumWorkloads {
            rules.fail("workloads", "holds \(workloads.count) workloads; the limit is \(Limits.maximumWorkloads)")
            return
        }
        var firstIndex: [String: Int] = [:]
        var layerSize: [String: (size: Double, workload: Int, layer: Int)] = [:]
        for (index, workload) in workloads.enumerated() {
            if !isBlank(workload.name), !TerminalText.containsUnsafe(workload.name) {
                if let first = firstIndex[workload.name] {
                    rules.fail(FieldLocation(index, "name"), "duplicates workloads[\(first)].name \"\(workload.name)\"")
                } else {
                    firstIndex[workload.name] = index
                }
            }
            single(index, workload, scenario, &rules) { layerIndex, layer in
                guard let known = layerSize[layer.id] else {
                    layerSize[layer.id] = (layer.sizeMiB, index, layerIndex)
                    return nil
                }
                return known.size != layer.sizeMiB
                    ? layerSizeProblem(layer, known: (known.workload, known.layer, known.size)) : nil
            }
        }
        totals(scenario, &rules)
        pods(workloads, &rules)
        var members: [String: [Int]] = [:]
        var podOrder: [String] = []
        for (index, workload) in workloads.enumerated() {
            guard let pod = workload.pod, !pod.isEmpty else { continue }
            if members[pod] == nil { podOrder.append(pod) }
            members[pod, default: []].append(index)
        }
        for pod in podOrder {
            podResources(members[pod]!, scenario, &rules)
        }
    }

    /// The host's GPUs and local disk with the `ResourceFit` that checks each.
    private static func hostResources(_ scenario: Scenario) -> [(fit: ResourceFit, host: Double)] {
        [(.gpus, Double(scenario.host.gpus)), (.disk, scenario.host.localDiskGiB)]
    }

    /// A pod's GPUs and local disk (its members' summed) must each fit one host when the scenario
    /// has one host type.
    private static func podResources(_ members: [Int], _ scenario: Scenario, _ rules: inout Rules) {
        guard scenario.hostTypes.isEmpty else { return }
        for (fit, host) in hostResources(scenario)
        where members.contains(where: { fit.need(scenario.workloads[$0]) > 0 }) {
            if let problem = fit.podProblem(members, in: scenario.workloads, host: host) { rules.errors.append(problem) }
        }
    }

    /// The rules of one workload on its own: its runtime class exists, then in field order the
    /// table's ranges and rules (`ScenarioSchema.workload`), each layer's, then its function
    /// instances. `eachLayer` runs
    /// after each layer's own rules and may report a problem with it (the full pass checks layer
    /// sizes across workloads there).
    private static func single(
        _ index: Int, _ workload: Workload, _ scenario: Scenario, _ rules: inout Rules,
        eachLayer: (Int, ImageLayer) -> (reason: String, value: Double)? = { _, _ in nil }
    ) {
        if let name = workload.runtimeClass, scenario.container.runtimeClasses[name] == nil {
            let known = scenario.container.runtimeClasses.keys.sorted().joined(separator: ", ")
            rules.fail(
                FieldLocation(index, "runtimeClass"),
                "\"\(name)\" is not in container.runtimeClasses (\(known.isEmpty ? "none given" : known))")
        }
        ScenarioSchema.workload.validate(workload, at: FieldLocation(index, nil), &rules)
        for (fit, host) in hostResources(scenario) where scenario.hostTypes.isEmpty && fit.need(workload) > 0 {
            if let problem = fit.problem([index], in: scenario.workloads, host: host) { rules.errors.append(problem) }
        }
        antiAffinity(index, workload, scenario.workloads, &rules)
        for (layerIndex, layer) in workload.layers.enumerated() {
            if layer.id.isEmpty { rules.fail(FieldLocation(index, layer: layerIndex, "id"), "must not be empty") }
            if TerminalText.containsUnsafe(layer.id) {
                rules.fail(
                    FieldLocation(index, layer: layerIndex, "id"),
                    "must not contain control characters (got \"\(TerminalText.escaped(layer.id))\")")
            }
            let size = FieldLocation(index, layer: layerIndex, "sizeMiB")
            rules.range(size, layer.sizeMiB, .atLeast(0, atMost: Limits.maximumImageMiB))
            if let problem = eachLayer(layerIndex, layer) { rules.fail(size, problem.reason, problem.value) }
        }
        let sizing = FunctionSizing(
            workload, concurrencyPerInstance: max(1, scenario.faas.concurrencyPerInstance),
            percentile: scenario.faas.concurrencyPercentile)
        if sizing.instances > Limits.maximumInstances {
            rules.fail(
                FieldLocation(index, nil),
                "needs \(sizing.instances) function instances (requests in progress at the peak); the limit is \(Limits.maximumInstances)"
            )
        }
    }

    /// Every name in `antiAffinity` is a workload, and not one the workload shares a pod with
    /// (members of a pod share a host by definition).
    private static func antiAffinity(_ index: Int, _ workload: Workload, _ workloads: [Workload], _ rules: inout Rules) {
        guard workload.antiAffinity.count <= Limits.maximumAntiAffinityNames else {
            rules.fail(
                "workloads[\(index)].antiAffinity",
                "lists \(workload.antiAffinity.count) names; the limit is \(Limits.maximumAntiAffinityNames)")
            return
        }
        for (position, name) in workload.antiAffinity.enumerated() {
            let here = "workloads[\(index)].antiAffinity[\(position)]"
            guard let other = workloads.first(where: { $0.name == name }) else {
                rules.fail(here, "\"\(TerminalText.escaped(name))\" is not a workload's name")
                continue
            }
            if other.name != workload.name, let pod = workload.pod, other.pod == pod {
                rules.fail(here, "\"\(name)\" is in the same pod \"\(pod)\", whose members always share a host")
            }
        }
    }

    /// The instance totals over every workload (sums only: no message is built unless one fails).
    private static func totals(_ scenario: Scenario, _ rules: inout Rules) {
        var totalInstances = 0
        var totalFunctionInstances = 0
        let concurrency = max(1, scenario.faas.concurrencyPerInstance)
        for workload in scenario.workloads {
            totalInstances += max(0, min(workload.replicas, Limits.maximumInstances + 1))
            if !workload.stateful {
                totalFunctionInstances += min(
                    FunctionSizing(workload, concurrencyPerInstance: concurrency, percentile: scenario.faas.concurrencyPercentile)
                        .instances, Limits.maximumInstances + 1)
            }
        }
        if totalInstances > Limits.maximumInstances {
            rules.fail("workloads", "hold \(totalInstances) instances in all; the limit is \(Limits.maximumInstances)")
        }
        if totalFunctionInstances > Limits.maximumInstances {
            rules.fail(
                "workloads", "need \(totalFunctionInstances) function instances in all; the limit is \(Limits.maximumInstances)")
        }
    }

    /// The duplicate-name problem that involves workload `index`, as the full pass reports it (at
    /// the later of two workloads with one name, naming the first).
    private static func duplicateName(of index: Int, in workloads: [Workload], _ rules: inout Rules) {
        let name = workloads[index].name
        guard !isBlank(name), !TerminalText.containsUnsafe(name) else { return }
        guard let first = workloads.firstIndex(where: { $0.name == name }) else { return }
        let at = first == index ? workloads[(index + 1)...].firstIndex(where: { $0.name == name }) : index
        if let at { rules.fail(FieldLocation(at, "name"), "duplicates workloads[\(first)].name \"\(name)\"") }
    }

    /// Layer-size disagreements that involve the layers of workload `index`, as the full pass reports
    /// them (at a layer whose id was first seen with another size).
    private static func layerSizes(of index: Int, in workloads: [Workload], _ rules: inout Rules) {
        let ids = Set(workloads[index].layers.map(\.id))
        guard !ids.isEmpty else { return }
        var first: [String: (size: Double, workload: Int, layer: Int)] = [:]
        for (workloadIndex, workload) in workloads.enumerated() {
            for (layerIndex, layer) in workload.layers.enumerated() where ids.contains(layer.id) {
                guard let known = first[layer.id] else {
                    first[layer.id] = (layer.sizeMiB, workloadIndex, layerIndex)
                    continue
                }
                guard known.size != layer.sizeMiB, workloadIndex == index || known.workload == index else { continue }
                let problem = layerSizeProblem(layer, known: (known.workload, known.layer, known.size))
                rules.fail(FieldLocation(workloadIndex, layer: layerIndex, "sizeMiB"), problem.reason, problem.value)
            }
        }
    }

    /// A layer whose id was first seen with another size.
    private static func layerSizeProblem(
        _ layer: ImageLayer, known: (workload: Int, layer: Int, size: Double)
    ) -> (reason: String, value: Double) {
        let place = FieldLocation(known.workload, layer: known.layer, "sizeMiB").path
        return (
            "layer \"\(layer.id)\" is \(FieldText.number(known.size)) MiB in \(place); one id must have one size", layer.sizeMiB
        )
    }

    /// Pod disagreements that involve workload `index` (against its pod's first member).
    private static func podAgreement(of index: Int, in workloads: [Workload], _ rules: inout Rules) {
        guard let pod = workloads[index].pod, !pod.isEmpty else { return }
        let members = workloads.indices.filter { workloads[$0].pod == pod }
        guard let leader = members.first else { return }
        for member in members.dropFirst() where member == index || leader == index {
            podRules(member, leader: leader, pod: pod, in: workloads, &rules)
        }
    }

    /// Pod members must agree on replicas, and on their model in the mixed plan.
    private static func pods(_ workloads: [Workload], _ rules: inout Rules) {
        var first: [String: Int] = [:]
        for (index, workload) in workloads.enumerated() {
            guard let pod = workload.pod, !pod.isEmpty else { continue }
            guard let leader = first[pod] else {
                first[pod] = index
                continue
            }
            podRules(index, leader: leader, pod: pod, in: workloads, &rules)
        }
    }

    private static func podRules(_ index: Int, leader: Int, pod: String, in workloads: [Workload], _ rules: inout Rules) {
        let workload = workloads[index]
        let other = workloads[leader]
        if other.replicas != workload.replicas {
            rules.fail(
                "workloads[\(index)].replicas",
                "pod \"\(pod)\" members must have equal replicas: \(workload.name) has \(workload.replicas), \(other.name) has \(other.replicas)"
            )
        }
        if other.runtimeClass != workload.runtimeClass {
            rules.fail(
                "workloads[\(index)].runtimeClass",
                "pod \"\(pod)\" members must share a runtime class: \(workload.name) has \(workload.runtimeClass ?? "none"), \(other.name) has \(other.runtimeClass ?? "none")"
            )
        }
        if other.spread != workload.spread {
            rules.fail(
                "workloads[\(index)].spread",
                "pod \"\(pod)\" members must share a spread: \(workload.name) has \(workload.spread?.summary ?? "the default"), \(other.name) has \(other.spread?.summary ?? "the default")"
            )
        }
        if other.model != workload.model {
            rules.fail(
                "workloads[\(index)].model",
                "pod \"\(pod)\" members must share a model: \(workload.name) is \"\(workload.model.rawValue)\", \(other.name) is \"\(other.model.rawValue)\""
            )
        }
    }

    /// Empty or only spaces and tabs (what `trimmingCharacters(in: .whitespaces)` empties: general
    /// category Zs, U+0009 and, in swift-corelibs-foundation, U+200B), without Foundation's bridging.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator
        }
    }
}

/// Collects validation failures with uniform messages.
struct Rules {
    var errors: [ScenarioError] = []

    mutating func fail(_ field: String, _ reason: String, _ value: Double? = nil) {
        let got = value.map { " (got \(FieldText.number($0)))" } ?? ""
        errors.append(ScenarioError(field: field, reason: reason + got))
    }

    mutating func range(_ field: String, _ value: Double, above lower: Double, atMost upper: Double) {
        if !value.isFinite {
            fail(field, "must be a finite number")
        } else if value <= lower {
            fail(field, "must be greater than \(FieldText.number(lower))", value)
        } else if value > upper {
            fail(field, "must be at most \(FieldText.number(upper))", value)
        }
    }

    mutating func range(_ field: String, _ value: Double, atLeast lower: Double, atMost upper: Double) {
        if !value.isFinite {
            fail(field, "must be a finite number")
        } else if value < lower {
            fail(field, "must be at least \(FieldText.number(lower))", value)
        } else if value > upper {
            fail(field, "must be at most \(FieldText.number(upper))", value)
        }
    }

    mutating func count(_ field: String, _ value: Int, atLeast lower: Int, atMost upper: Int) {
        if value < lower {
            fail(field, "must be at least \(lower)", Double(value))
        } else if value > upper {
            fail(field, "must be at most \(upper)", Double(value))
        }
    }

    // The same for fields located by `FieldLocation`, whose paths are built only on failure.

    mutating func fail(_ field: FieldLocation, _ reason: String, _ value: Double? = nil) { fail(field.path, reason, value) }

    mutating func range(_ field: FieldLocation, _ value: Double, _ bounds: FieldBounds) {
        guard !bounds.contains(value) else { return }
        if bounds.lowerInclusive {
            range(field.path, value, atLeast: bounds.lower, atMost: bounds.upper)
        } else {
            range(field.path, value, above: bounds.lower, atMost: bounds.upper)
        }
    }

    mutating func count(_ field: FieldLocation, _ value: Int, _ bounds: FieldBounds) {
        guard Double(value) < bounds.lower || Double(value) > bounds.upper else { return }
        count(field.path, value, atLeast: Int(bounds.lower), atMost: Int(bounds.upper))
    }
}
