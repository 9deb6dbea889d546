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

    private static func workloads(_ scenario: Scenario, _ rules: inout Rules) {
        let workloads = scenario.workloads
        if workloads.count > Limits.maximumWorkloads {
            rules.fail("workloads", "holds \(workloads.count) workloads; the limit is \(Limits.maximumWorkloads)")
            return
        }
        var firstIndex: [String: Int] = [:]
        var layerSize: [String: (size: Double, field: String)] = [:]
        var totalInstances = 0
        var totalFunctionInstances = 0
        for (index, workload) in workloads.enumerated() {
            let at = "workloads[\(index)]"
            if workload.name.trimmingCharacters(in: .whitespaces).isEmpty {
                rules.fail("\(at).name", "must not be empty")
            } else if TerminalText.containsUnsafe(workload.name) {
                rules.fail("\(at).name", "must not contain control characters (got \"\(TerminalText.escaped(workload.name))\")")
            } else if let first = firstIndex[workload.name] {
                rules.fail("\(at).name", "duplicates workloads[\(first)].name \"\(workload.name)\"")
            } else {
                firstIndex[workload.name] = index
            }
            rules.range("\(at).cpuCores", workload.cpuCores, above: 0, atMost: Limits.maximumWorkloadCores)
            if workload.cpuCores > 0 && workload.cpuCores < Limits.minimumCores {
                rules.fail("\(at).cpuCores", "must be at least 0.001 (one millicore)", workload.cpuCores)
            }
            rules.range("\(at).memoryMiB", workload.memoryMiB, above: 0, atMost: Limits.maximumWorkloadMemoryMiB)
            if workload.memoryMiB > 0 && workload.memoryMiB < Limits.minimumMemoryMiB {
                rules.fail("\(at).memoryMiB", "must be at least 0.0009765625 (one KiB)", workload.memoryMiB)
            }
            rules.count("\(at).replicas", workload.replicas, atLeast: 0, atMost: Limits.maximumInstances)
            if let pod = workload.pod, pod.trimmingCharacters(in: .whitespaces).isEmpty {
                rules.fail("\(at).pod", "must not be empty (leave it out for no pod)")
            } else if let pod = workload.pod, TerminalText.containsUnsafe(pod) {
                rules.fail("\(at).pod", "must not contain control characters (got \"\(TerminalText.escaped(pod))\")")
            }
            rules.range("\(at).updatesPerDay", workload.updatesPerDay, atLeast: 0, atMost: 100_000)
            rules.count("\(at).changedLayers", workload.changedLayers, atLeast: 0, atMost: 100_000)
            if let rate = workload.requestsPerSecond {
                rules.range("\(at).requestsPerSecond", rate, atLeast: 0, atMost: Limits.maximumRequestsPerSecond)
            }
            if let peak = workload.peakRequestsPerSecond {
                rules.range("\(at).peakRequestsPerSecond", peak, atLeast: 0, atMost: Limits.maximumRequestsPerSecond)
                if let rate = workload.requestsPerSecond, peak < rate {
                    rules.fail("\(at).peakRequestsPerSecond", "must be at least requestsPerSecond (\(FieldPath.number(rate)))", peak)
                }
            }
            if let seconds = workload.requestSeconds {
                rules.range("\(at).requestSeconds", seconds, above: 0, atMost: Limits.maximumSeconds)
            }
            if workload.stateful && workload.model == .faas {
                rules.fail("\(at).model", "a stateful workload cannot be \"faas\" (functions must be stateless)")
            }
            for (layerIndex, layer) in workload.layers.enumerated() {
                let field = "\(at).layers[\(layerIndex)]"
                if layer.id.isEmpty { rules.fail("\(field).id", "must not be empty") }
                if TerminalText.containsUnsafe(layer.id) {
                    rules.fail("\(field).id", "must not contain control characters (got \"\(TerminalText.escaped(layer.id))\")")
                }
                rules.range("\(field).sizeMiB", layer.sizeMiB, atLeast: 0, atMost: Limits.maximumImageMiB)
                if let known = layerSize[layer.id], known.size != layer.sizeMiB {
                    rules.fail(
                        "\(field).sizeMiB",
                        "layer \"\(layer.id)\" is \(FieldPath.number(known.size)) MiB in \(known.field); one id must have one size",
                        layer.sizeMiB)
                } else if layerSize[layer.id] == nil {
                    layerSize[layer.id] = (layer.sizeMiB, "\(field).sizeMiB")
                }
            }
            totalInstances += max(0, min(workload.replicas, Limits.maximumInstances + 1))
            let sizing = FunctionSizing(workload, concurrencyPerInstance: max(1, scenario.faas.concurrencyPerInstance))
            if !workload.stateful { totalFunctionInstances += min(sizing.instances, Limits.maximumInstances + 1) }
            if sizing.instances > Limits.maximumInstances {
                rules.fail(at, "needs \(sizing.instances) function instances (peak requests/s × requestSeconds); the limit is \(Limits.maximumInstances)")
            }
        }
        if totalInstances > Limits.maximumInstances {
            rules.fail("workloads", "hold \(totalInstances) instances in all; the limit is \(Limits.maximumInstances)")
        }
        if totalFunctionInstances > Limits.maximumInstances {
            rules.fail("workloads", "need \(totalFunctionInstances) function instances in all; the limit is \(Limits.maximumInstances)")
        }
        pods(workloads, &rules)
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
}
