/// How a plan runs each workload: its instance kind, and for functions which pod members ride in
/// another member's function instead of being functions of their own.
///
/// A pod member without traffic (a sidecar: no request rates) rides in the function of the first
/// member of its pod that has traffic, its memory added to that function's, as the pod's
/// containers would share one function instance. In the faas plan a workload the provider cannot
/// run (`FunctionInstance.ineligibility`) is planned as containers, and its riding sidecars with
/// it, so the pod stays whole.
struct FunctionRoles: Sendable {
    /// The kind each workload runs as in this plan.
    var kinds: [InstanceKind]
    /// For each workload, the sidecars riding in its function (empty for most).
    var riders: [[Int]]
    /// For a riding sidecar, the workload whose function it rides in.
    var carrier: [Int?]
    /// Why the provider cannot run a workload, by workload index (faas plan only).
    var ineligible: [Int: String] = [:]
    /// The managed instance of each eligible function of the faas plan, as the eligibility check
    /// computed it.
    var managed: [Int: FunctionInstance] = [:]

    init(_ scenario: Scenario, model: PlanModel) {
        let workloads = scenario.workloads
        kinds = workloads.map { model.kind(for: $0) }
        riders = Array(repeating: [], count: workloads.count)
        carrier = Array(repeating: nil, count: workloads.count)
        var podCarrier: [String: Int] = [:]
        for (index, workload) in workloads.enumerated() where kinds[index] == .function {
            guard let pod = workload.pod, TrafficProfile(workload) != nil, podCarrier[pod] == nil else { continue }
            podCarrier[pod] = index
        }
        for (index, workload) in workloads.enumerated() where kinds[index] == .function && TrafficProfile(workload) == nil {
            guard let pod = workload.pod, let host = podCarrier[pod] else { continue }
            carrier[index] = host
            riders[host].append(index)
        }
        guard model == .faas else { return }
        for index in workloads.indices where model.kind(for: workloads[index]) == .container || kinds[index] == .function {
            guard carrier[index] == nil else { continue }
            let sidecars = riders[index].map { workloads[$0] }
            // A stateful workload is ineligible before its instance matters.
            let instance =
                workloads[index].stateful
                ? nil : FunctionInstance.managed(workloads[index], sidecars: sidecars, faas: scenario.faas)
            guard
                let reason = FunctionInstance.ineligibility(
                    workloads[index], sidecars: sidecars, faas: scenario.faas, instance: instance)
            else {
                if kinds[index] == .function { managed[index] = instance }
                continue
            }
            ineligible[index] = reason
            kinds[index] = .container
            for rider in riders[index] {
                kinds[rider] = .container
                carrier[rider] = nil
            }
            riders[index] = []
        }
    }

    /// The sidecars riding in workload `index`'s function.
    func sidecars(of index: Int, in scenario: Scenario) -> [Workload] { riders[index].map { scenario.workloads[$0] } }
}
