// libFuzzer entry point over the Kubernetes importer: any bytes must give an import result or a
// ScenarioError, never a trap, a hang or unbounded memory; a result must validate, read back and
// plan (ImportFuzzSupport.swift). Built by scripts/fuzz (see docs/fuzzing.md).
import Foundation
import Importers
import PlannerCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKubernetes(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let file = InputFile(name: "fuzz.yaml", data: Data(bytes: data, count: size))
    // A fixed DaemonSet host count first: the estimate plans inside the importer.
    guard let result = try? KubernetesImporter.run([file], options: KubernetesImportOptions(daemonSetHosts: 3)) else {
        return 0
    }
    ImportFuzzing.check(result)
    let hasDaemons = result.summary.warnings.contains { $0.contains("a DaemonSet runs one pod per host") }
    if hasDaemons, result.summary.instances <= ImportFuzzing.maximumInstances,
        let estimated = try? KubernetesImporter.run([file])
    {
        ImportFuzzing.check(estimated)
    }
    return 0
}
