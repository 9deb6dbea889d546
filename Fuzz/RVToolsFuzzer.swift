// libFuzzer entry point over the RVTools vInfo CSV importer: any bytes must give an import result
// or a ScenarioError, never a trap or a hang; a result must validate, read back and plan
// (ImportFuzzSupport.swift). Built by scripts/fuzz (see docs/fuzzing.md).
import Foundation
import Importers
import PlannerCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRVTools(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    // The input's length picks the options, so every option is fuzzed without changing the bytes.
    let options = RVToolsImportOptions(includePoweredOff: size % 2 == 1, disk: size % 4 < 2 ? .provisioned : .inUse)
    let file = InputFile(name: "fuzz.csv", data: Data(bytes: data, count: size))
    guard let result = try? RVToolsImporter.run(file, options: options) else { return 0 }
    ImportFuzzing.check(result)
    return 0
}
