import Foundation
import PlannerCore
import TestSupport
import Testing

/// Saves are atomic: killing the writer at any moment leaves the old file or the new one, never a
/// truncated one.
@Suite struct AtomicSaveTests {
    @Test func sigkillMidSaveLeavesOldOrNewNeverPartial() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A scenario whose plan is a few MB, so a write takes long enough to be interrupted.
        var workloads: [String] = []
        for index in 0..<200 {
            workloads.append(#"{"name": "svc-\#(index)", "cpuCores": 0.25, "memoryMiB": 256, "replicas": 150}"#)
        }
        let scenario = directory.appendingPathComponent("fleet.json")
        try Data(#"{"workloads": [\#(workloads.joined(separator: ","))]}"#.utf8).write(to: scenario)
        let target = directory.appendingPathComponent("plan.json")
        let old = Data("previous plan\n".utf8)
        try old.write(to: target)
        let new = try CLI.run(["plan", "--profile", scenario.path]).stdout
        #expect(new.count > 1_000_000)

        var generator = SplitMix64(seed: 7)
        var sawOld = 0
        var sawNew = 0
        for _ in 0..<40 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["plan", "--profile", scenario.path, "--output", target.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(generator.next() % 400_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let contents = try Data(contentsOf: target)
            #expect(contents == old || contents == new, "found \(contents.count) bytes: neither the old nor the new file")
            if contents == old { sawOld += 1 } else if contents == new { sawNew += 1 }
            try old.write(to: target)
        }
        #expect(sawOld + sawNew == 40)
    }
}
