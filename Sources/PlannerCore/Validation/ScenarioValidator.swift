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
        host(scenario.host, &rules)
        rules.range("registry.egressGbps", scenario.registry.egressGbps, above: 0, atMost: Limits.maximumGbps)
        vm(scenario.vm, &rules)
        container(scenario.container, &rules)
        faas(scenario.faas, &rules)
        workloads(scenario, &rules)
        return rules.errors
    }

    private static func host(_ host: HostProfile, _ rules: inout Rules) {
        rules.range("host.cpuCores", host.cpuCores, above: 0, atMost: Limits.maximumHostCores)
        rules.range("host.memoryGiB", host.memoryGiB, above: 0, atMost: Limits.maximumHostMemoryGiB)
        rules.range("host.nicGbps", host.nicGbps, above: 0, atMost: Limits.maximumGbps)
        rules.range("host.costPerHour", host.costPerHour, atLeast: 0, atMost: Limits.maximumPrice)
        rules.range("host.reservedCpuCores", host.reservedCpuCores, atLeast: 0, atMost: Limits.maximumHostCores)
        rules.range("host.reservedMemoryGiB", host.reservedMemoryGiB, atLeast: 0, atMost: Limits.maximumHostMemoryGiB)
        if host.reservedCpuCores >= host.cpuCores, host.cpuCores > 0 {
            rules.fail("host.reservedCpuCores", "must be less than host.cpuCores (\(Format.cores(host.cpuCores)))", host.reservedCpuCores)
        }
        if host.reservedMemoryGiB >= host.memoryGiB, host.memoryGiB > 0 {
            rules.fail("host.reservedMemoryGiB", "must be less than host.memoryGiB (\(FieldPath.number(host.memoryGiB)))", host.reservedMemoryGiB)
        }
        rules.range("host.cpuOvercommit", host.cpuOvercommit, above: 0, atMost: Limits.maximumOvercommit)
        rules.range("host.memoryOvercommit", host.memoryOvercommit, above: 0, atMost: Limits.maximumOvercommit)
        rules.range("host.targetUtilization", host.targetUtilization, above: 0, atMost: 1)
        rules.count("host.failoverHosts", host.failoverHosts, atLeast: 0, atMost: Limits.maximumFailoverHosts)
    }

    private static func vm(_ vm: VMParameters, _ rules: inout Rules) {
        rules.range("vm.guestOsMemoryMiB", vm.guestOsMemoryMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("vm.overheadMiB", vm.overheadMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("vm.overheadFraction", vm.overheadFraction, atLeast: 0, atMost: 10)
        rules.range("vm.overheadPerVcpuMiB", vm.overheadPerVcpuMiB, atLeast: 0, atMost: 1_048_576)
        rules.range("vm.cpuOverhead", vm.cpuOverhead, atLeast: 0, atMost: 10)
        rules.range("vm.osImageMiB", vm.osImageMiB, atLeast: 0, atMost: Limits.maximumImageMiB)
        rules.range("vm.bootSeconds", vm.bootSeconds, atLeast: 0, atMost: Limits.maximumSeconds)
        rules.count("vm.parallelBootsPerHost", vm.parallelBootsPerHost, atLeast: 1, atMost: Limits.maximumParallelism)
        rules.range("vm.hostOsMemoryMiB", vm.hostOsMemoryMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("vm.hostOsCpuCores", vm.hostOsCpuCores, atLeast: 0, atMost: Limits.maximumHostCores)
        rules.range("vm.hostedCpuOverhead", vm.hostedCpuOverhead, atLeast: 0, atMost: 10)
        rules.range("vm.hostedBootFactor", vm.hostedBootFactor, atLeast: 1, atMost: 1000)
    }

    private static func container(_ container: ContainerParameters, _ rules: inout Rules) {
        rules.range("container.runtimeOverheadMiB", container.runtimeOverheadMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("container.podOverheadMiB", container.podOverheadMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("container.podOverheadCpuCores", container.podOverheadCpuCores, atLeast: 0, atMost: Limits.maximumWorkloadCores)
        rules.range("container.startSeconds", container.startSeconds, atLeast: 0, atMost: Limits.maximumSeconds)
        rules.count("container.parallelStartsPerHost", container.parallelStartsPerHost, atLeast: 1, atMost: Limits.maximumParallelism)
        rules.count("container.maxPodsPerHost", container.maxPodsPerHost, atLeast: 1, atMost: Limits.maximumParallelism)
    }

    private static func faas(_ faas: FaaSParameters, _ rules: inout Rules) {
        rules.range("faas.coldStartSeconds", faas.coldStartSeconds, atLeast: 0, atMost: Limits.maximumSeconds)
        rules.range("faas.coldStartSecondsPerMiB", faas.coldStartSecondsPerMiB, atLeast: 0, atMost: 3600)
        rules.range("faas.instanceOverheadMiB", faas.instanceOverheadMiB, atLeast: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        rules.range("faas.keepAliveSeconds", faas.keepAliveSeconds, atLeast: 0, atMost: Limits.maximumSeconds)
        rules.count("faas.concurrencyPerInstance", faas.concurrencyPerInstance, atLeast: 1, atMost: Limits.maximumParallelism)
        rules.range("faas.pricePerGBSecond", faas.pricePerGBSecond, atLeast: 0, atMost: Limits.maximumPrice)
        rules.range("faas.pricePerMillionRequests", faas.pricePerMillionRequests, atLeast: 0, atMost: Limits.maximumPrice)
        rules.count("faas.parallelStartsPerHost", faas.parallelStartsPerHost, atLeast: 1, atMost: Limits.maximumParallelism)
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
        host(scenario.host, &rules)
        rules.range("registry.egressGbps", scenario.registry.egressGbps, above: 0, atMost: Limits.maximumGbps)
        vm(scenario.vm, &rules)
        container(scenario.container, &rules)
        faas(scenario.faas, &rules)
        let workloads = scenario.workloads
        guard workloads.count <= Limits.maximumWorkloads else { return errors(in: scenario) }
        for index in Set(rows).sorted() where workloads.indices.contains(index) {
            single(index, workloads[index], scenario, &rules)
            duplicateName(of: index, in: workloads, &rules)
            layerSizes(of: index, in: workloads, &rules)
            podAgreement(of: index, in: workloads, &rules)
        }
        totals(scenario, &rules)
        return rules.errors
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
                    rules.fail(Field(index, "name"), "duplicates workloads[\(first)].name \"\(workload.name)\"")
                } else {
                    firstIndex[workload.name] = index
                }
            }
            single(index, workload, scenario, &rules) { layerIndex, layer in
                guard let known = layerSize[layer.id] else {
                    layerSize[layer.id] = (layer.sizeMiB, index, layerIndex)
                    return nil
                }
                return known.size != layer.sizeMiB ? layerSizeProblem(layer, known: (known.workload, known.layer, known.size)) : nil
            }
        }
        totals(scenario, &rules)
        pods(workloads, &rules)
    }

    /// The rules of one workload on its own, in field order; `eachLayer` runs after each layer's
    /// own rules and may report a problem with it (the full pass checks layer sizes across
    /// workloads there).
    private static func single(
        _ index: Int, _ workload: Workload, _ scenario: Scenario, _ rules: inout Rules,
        eachLayer: (Int, ImageLayer) -> (reason: String, value: Double)? = { _, _ in nil }
    ) {
        if isBlank(workload.name) {
            rules.fail(Field(index, "name"), "must not be empty")
        } else if TerminalText.containsUnsafe(workload.name) {
            rules.fail(Field(index, "name"), "must not contain control characters (got \"\(TerminalText.escaped(workload.name))\")")
        }
        rules.range(Field(index, "cpuCores"), workload.cpuCores, above: 0, atMost: Limits.maximumWorkloadCores)
        if workload.cpuCores > 0 && workload.cpuCores < Limits.minimumCores {
            rules.fail(Field(index, "cpuCores"), "must be at least 0.001 (one millicore)", workload.cpuCores)
        }
        rules.range(Field(index, "memoryMiB"), workload.memoryMiB, above: 0, atMost: Limits.maximumWorkloadMemoryMiB)
        if workload.memoryMiB > 0 && workload.memoryMiB < Limits.minimumMemoryMiB {
            rules.fail(Field(index, "memoryMiB"), "must be at least 0.0009765625 (one KiB)", workload.memoryMiB)
        }
        rules.count(Field(index, "replicas"), workload.replicas, atLeast: 0, atMost: Limits.maximumInstances)
        if let pod = workload.pod, isBlank(pod) {
            rules.fail(Field(index, "pod"), "must not be empty (leave it out for no pod)")
        } else if let pod = workload.pod, TerminalText.containsUnsafe(pod) {
            rules.fail(Field(index, "pod"), "must not contain control characters (got \"\(TerminalText.escaped(pod))\")")
        }
        rules.range(Field(index, "updatesPerDay"), workload.updatesPerDay, atLeast: 0, atMost: 100_000)
        rules.count(Field(index, "changedLayers"), workload.changedLayers, atLeast: 0, atMost: 100_000)
        traffic(index, workload, &rules)
        if workload.stateful && workload.model == .faas {
            rules.fail(Field(index, "model"), "a stateful workload cannot be \"faas\" (functions must be stateless)")
        }
        for (layerIndex, layer) in workload.layers.enumerated() {
            if layer.id.isEmpty { rules.fail(Field(index, layer: layerIndex, "id"), "must not be empty") }
            if TerminalText.containsUnsafe(layer.id) {
                rules.fail(
                    Field(index, layer: layerIndex, "id"),
                    "must not contain control characters (got \"\(TerminalText.escaped(layer.id))\")")
            }
            rules.range(Field(index, layer: layerIndex, "sizeMiB"), layer.sizeMiB, atLeast: 0, atMost: Limits.maximumImageMiB)
            if let problem = eachLayer(layerIndex, layer) {
                rules.fail(Field(index, layer: layerIndex, "sizeMiB"), problem.reason, problem.value)
            }
        }
        let sizing = FunctionSizing(workload, concurrencyPerInstance: max(1, scenario.faas.concurrencyPerInstance))
        if sizing.instances > Limits.maximumInstances {
            rules.fail(
                Field(index, nil),
                "needs \(sizing.instances) function instances (peak requests/s × requestSeconds); the limit is \(Limits.maximumInstances)")
        }
    }

    private static func traffic(_ index: Int, _ workload: Workload, _ rules: inout Rules) {
        if let rate = workload.requestsPerSecond {
            rules.range(Field(index, "requestsPerSecond"), rate, atLeast: 0, atMost: Limits.maximumRequestsPerSecond)
        }
        if let peak = workload.peakRequestsPerSecond {
            rules.range(Field(index, "peakRequestsPerSecond"), peak, atLeast: 0, atMost: Limits.maximumRequestsPerSecond)
            if let rate = workload.requestsPerSecond, peak < rate {
                rules.fail(Field(index, "peakRequestsPerSecond"), "must be at least requestsPerSecond (\(FieldPath.number(rate)))", peak)
            }
        }
        if let seconds = workload.requestSeconds {
            rules.range(Field(index, "requestSeconds"), seconds, above: 0, atMost: Limits.maximumSeconds)
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
                totalFunctionInstances += min(FunctionSizing(workload, concurrencyPerInstance: concurrency).instances, Limits.maximumInstances + 1)
            }
        }
        if totalInstances > Limits.maximumInstances {
            rules.fail("workloads", "hold \(totalInstances) instances in all; the limit is \(Limits.maximumInstances)")
        }
        if totalFunctionInstances > Limits.maximumInstances {
            rules.fail("workloads", "need \(totalFunctionInstances) function instances in all; the limit is \(Limits.maximumInstances)")
        }
    }

    /// The duplicate-name problem that involves workload `index`, as the full pass reports it (at
    /// the later of two workloads with one name, naming the first).
    private static func duplicateName(of index: Int, in workloads: [Workload], _ rules: inout Rules) {
        let name = workloads[index].name
        guard !isBlank(name), !TerminalText.containsUnsafe(name) else { return }
        guard let first = workloads.firstIndex(where: { $0.name == name }) else { return }
        let at = first == index ? workloads[(index + 1)...].firstIndex(where: { $0.name == name }) : index
        if let at { rules.fail(Field(at, "name"), "duplicates workloads[\(first)].name \"\(name)\"") }
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
                rules.fail(Field(workloadIndex, layer: layerIndex, "sizeMiB"), problem.reason, problem.value)
            }
        }
    }

    /// A layer whose id was first seen with another size.
    private static func layerSizeProblem(
        _ layer: ImageLayer, known: (workload: Int, layer: Int, size: Double)
    ) -> (reason: String, value: Double) {
        let place = Field(known.workload, layer: known.layer, "sizeMiB").path
        return ("layer \"\(layer.id)\" is \(FieldPath.number(known.size)) MiB in \(place); one id must have one size", layer.sizeMiB)
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
                "pod \"\(pod)\" members must have equal replicas: \(workload.name) has \(workload.replicas), \(other.name) has \(other.replicas)")
        }
        if other.model != workload.model {
            rules.fail(
                "workloads[\(index)].model",
                "pod \"\(pod)\" members must share a model: \(workload.name) is \"\(workload.model.rawValue)\", \(other.name) is \"\(other.model.rawValue)\"")
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

/// A workload field's path, built only when a rule fails: `workloads[3].cpuCores`,
/// `workloads[3].layers[1].sizeMiB`, or `workloads[3]` itself.
struct Field {
    var workload: Int
    var layer: Int?
    var key: String?

    init(_ workload: Int, _ key: String?) {
        self.workload = workload
        self.key = key
    }

    init(_ workload: Int, layer: Int, _ key: String) {
        self.workload = workload
        self.layer = layer
        self.key = key
    }

    var path: String {
        var text = "workloads[\(workload)]"
        if let layer { text += ".layers[\(layer)]" }
        if let key { text += ".\(key)" }
        return text
    }
}

/// Collects validation failures with uniform messages.
struct Rules {
    var errors: [ScenarioError] = []

    mutating func fail(_ field: String, _ reason: String, _ value: Double? = nil) {
        let got = value.map { " (got \(FieldPath.number($0)))" } ?? ""
        errors.append(ScenarioError(field: field, reason: reason + got))
    }

    mutating func range(_ field: String, _ value: Double, above lower: Double, atMost upper: Double) {
        if !value.isFinite { fail(field, "must be a finite number") }
        else if value <= lower { fail(field, "must be greater than \(FieldPath.number(lower))", value) }
        else if value > upper { fail(field, "must be at most \(FieldPath.number(upper))", value) }
    }

    mutating func range(_ field: String, _ value: Double, atLeast lower: Double, atMost upper: Double) {
        if !value.isFinite { fail(field, "must be a finite number") }
        else if value < lower { fail(field, "must be at least \(FieldPath.number(lower))", value) }
        else if value > upper { fail(field, "must be at most \(FieldPath.number(upper))", value) }
    }

    mutating func count(_ field: String, _ value: Int, atLeast lower: Int, atMost upper: Int) {
        if value < lower { fail(field, "must be at least \(lower)", Double(value)) }
        else if value > upper { fail(field, "must be at most \(upper)", Double(value)) }
    }

    // The same for workload fields, whose paths are built only on failure.

    mutating func fail(_ field: Field, _ reason: String, _ value: Double? = nil) { fail(field.path, reason, value) }

    mutating func range(_ field: Field, _ value: Double, above lower: Double, atMost upper: Double) {
        if !value.isFinite || value <= lower || value > upper { range(field.path, value, above: lower, atMost: upper) }
    }

    mutating func range(_ field: Field, _ value: Double, atLeast lower: Double, atMost upper: Double) {
        if !value.isFinite || value < lower || value > upper { range(field.path, value, atLeast: lower, atMost: upper) }
    }

    mutating func count(_ field: Field, _ value: Int, atLeast lower: Int, atMost upper: Int) {
        if value < lower || value > upper { count(field.path, value, atLeast: lower, atMost: upper) }
    }
}
